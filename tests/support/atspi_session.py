#!/usr/bin/python3
"""Log a whole session in the real window as a patient who cannot see the screen does, through
AT-SPI, the accessibility bus that Orca (the GNOME screen reader) reads.

usage: atspi_session.py BINARY DATA_DIR

Starts a virtual display (Xvfb), a private session bus and the AT-SPI bus with a screen
reader said to be running, then the app on DATA_DIR (already set up). Then, by AT-SPI
actions and keys (xdotool) alone: checks that the window has a name and that every object
the keyboard can reach has one; gives the focus to the session's pain scale, types 6 and
reads its value back; goes on with Enter and presses "All done as prescribed"; and listens
meanwhile for what a screen reader is told unasked (announcements, focus moves). Waits
until the status bar says everything is saved, then closes the app.

Prints each check as it goes and a JSON summary on the last line. Exits 0 when every check
passes, 1 when one fails, 77 when a tool it needs is missing (Debian: xvfb dbus
at-spi2-core python3-pyatspi gir1.2-atspi-2.0 python3-gi xdotool).
Run with Debian's /usr/bin/python3, which sees the Debian modules.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SCALE = "Pain during the session (0 to 10)"
ALL_DONE = "All done as prescribed"


def missing_tools():
    missing = [t for t in ("Xvfb", "dbus-daemon", "xdotool") if shutil.which(t) is None]
    if not os.access(BUS_LAUNCHER, os.X_OK):
        missing.append(BUS_LAUNCHER)
    try:
        import gi

        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi  # noqa: F401
    except (ImportError, ValueError) as e:
        missing.append(f"the Atspi module ({e})")
    return missing


class Failed(Exception):
    pass


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        raise Failed(what)


def wait_for(limit, fn, step=0.25):
    deadline = time.time() + limit
    while True:
        value = fn()
        if value or time.time() > deadline:
            return value
        time.sleep(step)


def start_desktop(children, tmp):
    # Xvfb picks a free display itself and writes its number to a pipe (-displayfd), so two
    # test runs on one machine never race for the same one.
    # -noreset: the server does not start over each time its last client leaves (xdotool and
    # the AT-SPI library each come and go), so a window opening meanwhile is never turned away.
    read_end, write_end = os.pipe()
    xvfb_log = open(os.path.join(tmp, "xvfb.log"), "w")
    children.append(
        subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            stdout=xvfb_log,
            stderr=subprocess.STDOUT,
            pass_fds=(write_end,),
        )
    )
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        display = numbers.readline().strip()
    check(
        display.isdigit() and wait_for(10, lambda: os.path.exists(f"/tmp/.X11-unix/X{display}")),
        f"the virtual display :{display} is up",
    )

    def takes_a_client():
        r = subprocess.run(
            ["xdotool", "getdisplaygeometry"],
            capture_output=True,
            env=dict(os.environ, DISPLAY=f":{display}"),
        )
        return r.returncode == 0

    check(wait_for(10, takes_a_client), f"a program can open a connection to :{display}")
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    children.append(bus)
    address = bus.stdout.readline().strip()
    check(bool(address), "a private session bus is up")
    os.environ["DISPLAY"] = f":{display}"
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    os.environ.pop("WAYLAND_DISPLAY", None)
    os.environ.pop("AT_SPI_BUS_ADDRESS", None)
    os.environ["XDG_RUNTIME_DIR"] = tmp
    children.append(
        subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    from gi.repository import Gio, GLib

    conn = Gio.bus_get_sync(Gio.BusType.SESSION, None)

    def switch_on():
        try:
            for prop in ("IsEnabled", "ScreenReaderEnabled"):
                conn.call_sync(
                    "org.a11y.Bus",
                    "/org/a11y/bus",
                    "org.freedesktop.DBus.Properties",
                    "Set",
                    GLib.Variant("(ssv)", ("org.a11y.Status", prop, GLib.Variant("b", True))),
                    None,
                    Gio.DBusCallFlags.NONE,
                    5000,
                    None,
                )
            return True
        except GLib.Error:
            return False

    check(wait_for(10, switch_on, 0.5), "the accessibility bus is on, a screen reader said to run")


def find_app(Atspi, name, limit):
    def look():
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and name.lower() in (app.get_name() or "").lower():
                return app
        return None

    return wait_for(limit, look, 0.5)


def walk(obj, out=None):
    out = [] if out is None else out
    out.append(obj)
    for i in range(obj.get_child_count()):
        child = obj.get_child_at_index(i)
        if child is not None:
            walk(child, out)
    return out


def states(Atspi, obj):
    try:
        return {Atspi.StateType(s).value_nick for s in obj.get_state_set().get_states()}
    except Exception:  # an object can go while it is read
        return set()


def find(app, role, name):
    for obj in walk(app):
        try:
            if obj.get_role_name() == role and (obj.get_name() or "") == name:
                return obj
        except Exception:
            continue
    return None


def find_named(app, prefix):
    for obj in walk(app):
        try:
            if (obj.get_name() or "").startswith(prefix):
                return obj
        except Exception:
            continue
    return None


def listen(app_name, secs, out_path):
    """Writes, one JSON object a line, what a screen reader is told unasked for SECS
    seconds: announcements and focus moves of APP_NAME."""
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, GLib

    out = open(out_path, "w")

    def on_event(e):
        try:
            if app_name.lower() not in (e.source.get_application().get_name() or "").lower():
                return
            if e.type.startswith("object:state-changed") and not e.detail1:
                return
            record = {
                "type": e.type,
                "role": e.source.get_role_name(),
                "name": e.source.get_name() or "",
                "text": e.any_data if isinstance(e.any_data, str) else "",
            }
        except Exception:
            return
        out.write(json.dumps(record) + "\n")
        out.flush()

    listener = Atspi.EventListener.new(on_event)
    for kind in (
        "object:announcement",
        "object:state-changed:focused",
        "object:property-change:accessible-value",
    ):
        listener.register(kind)
    out.write(json.dumps({"type": "listening"}) + "\n")
    out.flush()
    GLib.timeout_add(int(secs * 1000), lambda: Atspi.event_quit() or False)
    Atspi.event_main()
    return 0


def heard_events(path):
    try:
        with open(path) as f:
            return [json.loads(line) for line in f if line.strip()]
    except OSError:
        return []


def session(binary, data_dir):
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi

    children = []
    summary = {}
    tmp = tempfile.mkdtemp(prefix="atspi-session-")
    os.chmod(tmp, 0o700)
    app_proc = None
    try:
        start_desktop(children, tmp)
        env = dict(os.environ, RUST_LOG="warn")
        name = os.path.basename(binary)
        win = None
        # A window that could not reach the display is tried again, twice, and said so; any
        # other failure to show it ends the test at once.
        for attempt in range(1, 4):
            log_path = os.path.join(tmp, f"app-{attempt}.log")
            with open(log_path, "w") as log:
                app_proc = subprocess.Popen(
                    [binary, "--data-dir", data_dir], stdout=log, stderr=subprocess.STDOUT, env=env
                )
            children.append(app_proc)

            def window():
                if app_proc.poll() is not None:
                    return "exited"
                r = subprocess.run(
                    ["xdotool", "search", "--onlyvisible", "--pid", str(app_proc.pid)],
                    capture_output=True,
                    text=True,
                )
                return r.stdout.split()[0] if r.returncode == 0 and r.stdout.split() else None

            win = wait_for(60, window, 0.5)
            if win not in (None, "exited"):
                break
            said = open(log_path).read()
            print(f"     the app, try {attempt}, exited with {app_proc.poll()}: {said.strip()}")
            print("     the display server said: " + open(os.path.join(tmp, "xvfb.log")).read().strip())
            win = None
            if "X server" not in said:
                break
            time.sleep(1.0)
        check(win is not None, "the app's window shows")
        # AccessKit speaks only for the window with the keyboard's focus, as on a desktop.
        subprocess.run(["xdotool", "windowfocus", "--sync", win], capture_output=True)
        app = find_app(Atspi, name, 30)
        check(app is not None, f"the app is on the AT-SPI desktop as {name!r}")
        scale = wait_for(30, lambda: find(app, "slider", SCALE), 0.5)
        check(scale is not None, f"Today shows the session's pain scale as a slider named {SCALE!r}")

        frame = app.get_child_at_index(0)
        frame_name = frame.get_name() if frame is not None else ""
        summary["window"] = frame_name
        check("Rehab tracker" in (frame_name or ""), f"the window has a name: {frame_name!r}")

        objects = walk(app)
        focusable = [o for o in objects if "focusable" in states(Atspi, o)]
        unnamed = []
        for o in focusable:
            try:
                if not (o.get_name() or "").strip():
                    unnamed.append(f"[{o.get_role_name()}] at {o.get_index_in_parent()}")
            except Exception:
                continue
        summary["objects"] = len(objects)
        summary["focusable"] = len(focusable)
        check(
            not unnamed,
            f"every one of the {len(focusable)} focusable objects has a name"
            + (f"; unnamed: {unnamed}" if unnamed else ""),
        )

        heard_path = os.path.join(tmp, "heard.jsonl")
        listener = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "--listen", name, "20", heard_path]
        )
        children.append(listener)
        check(
            wait_for(10, lambda: heard_events(heard_path)),
            "a listener hears what a screen reader is told",
        )
        time.sleep(1.0)

        # The focus onto the pain scale through AT-SPI, then the score by key.
        scale.get_component_iface().grab_focus()
        check(
            wait_for(5, lambda: "focused" in states(Atspi, scale)),
            "the pain scale takes the focus",
        )
        subprocess.run(["xdotool", "key", "6"], check=True)
        value = wait_for(
            5, lambda: scale.get_value_iface().get_current_value() == 6.0 and 6.0
        )
        value = scale.get_value_iface().get_current_value()
        summary["scale"] = {
            "value": value,
            "min": scale.get_value_iface().get_minimum_value(),
            "max": scale.get_value_iface().get_maximum_value(),
        }
        check(value == 6.0, f"the pain scale, given 6 by key, reads {value:g}")
        check(
            summary["scale"]["min"] == 0.0 and summary["scale"]["max"] == 10.0,
            f"its range is 0 to 10: {summary['scale']['min']:g} to {summary['scale']['max']:g}",
        )

        # Enter goes on to "All done as prescribed"; it is pressed through AT-SPI.
        subprocess.run(["xdotool", "key", "Return"], check=True)
        button = find(app, "push button", ALL_DONE)
        check(button is not None, f"a button named {ALL_DONE!r}")
        check(
            wait_for(5, lambda: "focused" in states(Atspi, button)),
            f"Enter moves the focus on to {ALL_DONE!r}",
        )
        check(button.get_action_iface().do_action(0), f"{ALL_DONE!r} pressed through AT-SPI")

        saved = wait_for(15, lambda: find_named(app, "All entries saved"), 0.5)
        check(saved is not None, "the status bar says every entry is saved")
        time.sleep(1.5)
        listener.terminate()
        listener.wait(5)
        heard = [e for e in heard_events(heard_path) if e.get("type") != "listening"]
        summary["heard"] = heard
        for e in heard:
            print(f"     heard {e['type']}: [{e['role']}] {e['name']!r} {e['text']!r}")
        announced = [
            e["text"] or e["name"] for e in heard if e["type"].startswith("object:announcement")
        ]
        check(
            any("Saved" in t and "session" in t for t in announced),
            f"saving is announced: {announced}",
        )
        focus = [
            e["name"]
            for e in heard
            if e["type"].startswith("object:state-changed:focused")
        ]
        check(
            bool(focus) and focus[-1].startswith("Session saved at"),
            f"the focus moves to what happened: {focus[-1:]!r}",
        )
        return 0, summary
    except Failed as e:
        summary["failed"] = str(e)
        return 1, summary
    finally:
        if app_proc is not None and app_proc.poll() is None:
            app_proc.send_signal(signal.SIGTERM)
            try:
                app_proc.wait(10)
            except subprocess.TimeoutExpired:
                app_proc.kill()
        for child in reversed(children):
            if child.poll() is None:
                child.terminate()
                try:
                    child.wait(5)
                except subprocess.TimeoutExpired:
                    child.kill()
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv):
    if len(argv) >= 5 and argv[1] == "--listen":
        return listen(argv[2], float(argv[3]), argv[4])
    if len(argv) != 3:
        print(__doc__)
        return 2
    missing = missing_tools()
    if missing:
        print("missing: " + ", ".join(missing))
        return 77
    code, summary = session(argv[1], argv[2])
    print(json.dumps(summary))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
