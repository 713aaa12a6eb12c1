### Desktop notifications, the desktop entry and the metainfo.
### Every id here starts with "desktop-". German.

