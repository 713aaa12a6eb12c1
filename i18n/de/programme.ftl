### The built-in home programme: its name, each exercise's name and, per level, its name,
### how to do it and the one thing to keep in mind. Every id here starts with "programme-".
### German. Copied into the patient's programme at set-up; from then on it is the patient's own data.
### Instructions and cues are safety text: translate them exactly, in plain words.

# The programme's title, shown above the plan.
programme-name = Hüftkräftigung: Standard-Heimprogramm

## Single-leg squat

programme-single-leg-squat-name = Einbeinige Kniebeuge
programme-single-leg-squat-1-name = Gestütztes Hinsetzen auf eine Kiste
programme-single-leg-squat-1-instructions = Stellen Sie sich vor einen Stuhl oder eine Kiste und halten Sie sich mit einer Hand an einer Wand oder Arbeitsplatte fest. Verlagern Sie Ihr Gewicht auf ein Bein, setzen Sie sich langsam auf die Kiste und stehen Sie auf demselben Bein wieder auf.
programme-single-leg-squat-1-cue = Halten Sie das Knie in einer Linie mit den mittleren Zehen und das Becken gerade.
programme-single-leg-squat-2-name = Ohne Stütze auf die Kiste
programme-single-leg-squat-2-instructions = Wie zuvor, aber ohne sich mit der Hand abzustützen. Senken Sie sich auf einem Bein zur Kiste ab, berühren Sie sie leicht und stehen Sie wieder auf.
programme-single-leg-squat-2-cue = Gehen Sie langsam nach unten: zählen Sie bis drei.
programme-single-leg-squat-3-name = Absteigen von einer niedrigen Stufe
programme-single-leg-squat-3-instructions = Stellen Sie sich auf einem Bein auf eine niedrige Stufe. Beugen Sie dieses Knie, um die andere Ferse zum Boden abzusenken, tippen Sie leicht auf und kommen Sie wieder hoch.
programme-single-leg-squat-3-cue = Lassen Sie die Hüfte des freien Beins nicht absinken.

## Crab walk with band

programme-crab-walk-name = Seitwärtsgehen mit Band
programme-crab-walk-1-name = Band über den Knien
programme-crab-walk-1-instructions = Legen Sie ein Schlaufenband knapp über die Knie. Beugen Sie die Knie ein wenig und machen Sie dann kleine Schritte zur Seite, wobei das Band die ganze Zeit gespannt bleibt. Gehen Sie in eine Richtung und dann zurück.
programme-crab-walk-1-cue = Kleine Schritte, Zehen zeigen nach vorn, kein Schaukeln von einer Seite zur anderen.
programme-crab-walk-2-name = Band an den Knöcheln
programme-crab-walk-2-instructions = Dieselben Schritte zur Seite mit dem Band um die Knöchel. So arbeitet die Seite der Hüfte stärker.
programme-crab-walk-2-cue = Halten Sie den Oberkörper aufrecht und das Band gespannt.
programme-crab-walk-3-name = Band um die Füße
programme-crab-walk-3-instructions = Dieselben Schritte zur Seite mit dem Band um den vorderen Teil der Füße.
programme-crab-walk-3-cue = Drücken Sie mit der Ferse des führenden Fußes nach außen.

## Side-lying leg raise

programme-side-leg-raise-name = Beinheben in Seitenlage
programme-side-leg-raise-1-name = Halten in Seitenlage
programme-side-leg-raise-1-instructions = Legen Sie sich auf die Seite, das untere Knie zum Gleichgewicht gebeugt. Heben Sie das obere Bein ein wenig an, gestreckt und in einer Linie mit dem Körper, und halten Sie es ruhig.
programme-side-leg-raise-1-cue = Halten Sie es, atmen Sie normal weiter und rollen Sie nicht nach hinten.
programme-side-leg-raise-2-name = Beinheben in Seitenlage, leicht nach vorn gedreht
programme-side-leg-raise-2-instructions = Legen Sie sich auf die Seite und drehen Sie den Körper ein wenig nach vorn. Heben Sie das obere Bein langsam an, die Ferse führt, und senken Sie es kontrolliert ab.
programme-side-leg-raise-2-cue = Die Ferse führt; die Zehen zeigen nach vorn, nicht nach oben.
programme-side-leg-raise-3-name = Beinheben in Seitenlage mit Gewichtsmanschette
programme-side-leg-raise-3-instructions = Dasselbe Beinheben mit einem leichten Gewicht um den Knöchel.
programme-side-leg-raise-3-cue = Wenn Sie das Bein schwingen müssen, ist das Gewicht zu schwer.

## Lunge

programme-lunge-name = Ausfallschritt
programme-lunge-1-name = Statische Kniebeuge in Schrittstellung, kurzer Stand
programme-lunge-1-instructions = Stellen Sie einen Fuß einen kurzen Schritt vor den anderen. Beugen Sie beide Knie, um sich gerade nach unten abzusenken, und drücken Sie sich dann wieder hoch. Die Füße bleiben, wo sie sind.
programme-lunge-1-cue = Halten Sie den Stand kurz: Ein langer Schritt kann die Schmerzen auslösen.
programme-lunge-2-name = Kurzer Ausfallschritt nach hinten
programme-lunge-2-instructions = Machen Sie mit einem Fuß einen kurzen Schritt zurück, beugen Sie beide Knie und drücken Sie sich dann über den vorderen Fuß zurück in den Stand.
programme-lunge-2-cue = Ein kurzer Schritt zurück, mit aufrechtem Oberkörper.
programme-lunge-3-name = Ausfallschritt nach vorn
programme-lunge-3-instructions = Machen Sie einen Schritt nach vorn, beugen Sie beide Knie, um sich abzusenken, und drücken Sie sich dann zurück in den Stand.
programme-lunge-3-cue = Nur so lang ein Schritt, wie es im Gesäß angenehm bleibt.

## Hip thrust

programme-hip-thrust-name = Hüftheben
programme-hip-thrust-1-name = Brücke auf beiden Beinen
programme-hip-thrust-1-instructions = Legen Sie sich auf den Rücken, die Knie gebeugt und die Füße flach auf dem Boden. Spannen Sie das Gesäß an und heben Sie die Hüfte, bis Ihr Körper von den Schultern bis zu den Knien eine gerade Linie bildet; dann senken Sie sie langsam ab.
programme-hip-thrust-1-cue = Hören Sie bei der geraden Linie auf: kein Hohlkreuz und nicht über den höchsten Punkt hinaus drücken.
programme-hip-thrust-2-name = Versetzte oder einbeinige Brücke
programme-hip-thrust-2-instructions = Dieselbe Brücke mit einem Fuß etwas weiter vorn oder mit einem Fuß in der Luft.
programme-hip-thrust-2-cue = Halten Sie das Becken beim Anheben gerade.
programme-hip-thrust-3-name = Hüftheben mit dem Rücken auf einer Bank
programme-hip-thrust-3-instructions = Setzen Sie sich mit dem oberen Rücken an ein Sofa oder eine Bank, die Knie gebeugt. Heben Sie die Hüfte, bis Ihr Körper von den Schultern bis zu den Knien flach ist. Legen Sie erst dann ein Gewicht über die Hüfte, wenn sich 3 Sätze mit 20 Wiederholungen ohne Gewicht leicht anfühlen.
programme-hip-thrust-3-cue = Kinn zur Brust, Rippen nach unten, aufhören, wenn Ihr Körper flach ist.

## Bulgarian split squat

programme-bulgarian-split-squat-name = Bulgarische Kniebeuge
programme-bulgarian-split-squat-1-name = Statische Kniebeuge in Schrittstellung
programme-bulgarian-split-squat-1-instructions = Stellen Sie einen Fuß vor den anderen, beide Füße auf dem Boden. Senken Sie sich gerade nach unten ab, indem Sie beide Knie beugen, und stehen Sie dann wieder auf.
programme-bulgarian-split-squat-1-cue = Das Gewicht liegt auf der vorderen Ferse.
programme-bulgarian-split-squat-2-name = Hinterer Fuß auf einer niedrigen Bank
programme-bulgarian-split-squat-2-instructions = Legen Sie den Fußrücken des hinteren Fußes auf eine niedrige Stufe oder Bank hinter sich. Senken Sie sich ab, indem Sie das vordere Knie beugen, und drücken Sie sich dann wieder hoch. Steigern Sie sich bis auf 3 Sätze mit 8 Wiederholungen.
programme-bulgarian-split-squat-2-cue = Vorderes Knie über der Mitte des Fußes, Oberkörper aufrecht.
programme-bulgarian-split-squat-3-name = Hinterer Fuß erhöht, mit Kurzhanteln
programme-bulgarian-split-squat-3-instructions = Dieselbe Übung mit einem Gewicht in jeder Hand.
programme-bulgarian-split-squat-3-cue = Nehmen Sie erst mehr Gewicht, wenn sich jede Wiederholung kontrolliert anfühlt.

## Squat

programme-squat-name = Kniebeuge
programme-squat-1-name = Kniebeuge zum Stuhl
programme-squat-1-instructions = Stellen Sie sich vor einen Stuhl, die Füße hüftbreit auseinander. Setzen Sie sich nach hinten, bis Sie die Sitzfläche leicht berühren, und stehen Sie dann auf.
programme-squat-1-cue = Die Knie folgen den Zehen.
programme-squat-2-name = Freie Kniebeuge
programme-squat-2-instructions = Dieselbe Kniebeuge ohne Stuhl, so tief, wie es angenehm bleibt.
programme-squat-2-cue = Das Gewicht verteilt sich auf den ganzen Fuß.
programme-squat-3-name = Goblet-Kniebeuge
programme-squat-3-instructions = Dieselbe Kniebeuge mit einem Gewicht, das Sie vor der Brust halten.
programme-squat-3-cue = Die Ellbogen bleiben unten innerhalb der Knie.
