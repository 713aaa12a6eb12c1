### The window's shell: title, top bar, tabs and shared buttons.
### Every id here starts with "app-". French.


app-title = Rehab tracker
app-sample-data = Données d’exemple
app-sample-data-tooltip = Un journal généré dans un dossier temporaire. Vos propres données ne sont pas touchées.
app-window-name = Rehab tracker : { $screen }
app-window-review = relecture
app-window-setup = configuration
app-window-guided = séance guidée

app-command-today = Aujourd’hui
app-command-today-tooltip = Aujourd’hui : noter la séance du jour
app-command-diary = Journal
app-command-diary-tooltip = Journal : votre douleur et votre journée, une fois par jour
app-command-history = Historique
app-command-history-tooltip = Historique : toutes les entrées, les plus récentes d’abord
app-command-progress = Progrès
app-command-progress-tooltip = Progrès : où vous en êtes par rapport à votre plan
app-command-close-review = Fermer la relecture
app-command-close-review-tooltip = Retour à votre propre journal
app-command-warning-signs = Signes d’alerte
app-command-warning-signs-tooltip = Quand demander de l’aide rapidement
app-command-help = Aide
app-command-help-tooltip = Aide : ce qu’est cette application, où sont vos données, raccourcis clavier
app-command-settings = Réglages
app-command-settings-tooltip = Rappels pour vos jours d’entraînement et votre journal ; couleurs claires ou sombres
app-command-export = Exporter…
app-command-export-tooltip = Écrire un rapport ou vos données pour votre kinésithérapeute
app-command-import-programme = Programme de votre thérapeute…
app-command-import-programme-tooltip = Ouvrir un fichier de programme que votre thérapeute a enregistré pour vous
app-command-open-review = Ouvrir pour relecture…
app-command-open-review-tooltip = Pour les soignants : ouvrir les exports des patients, en lecture seule
app-command-dark-theme = Thème sombre
app-command-dark-theme-tooltip = Passer aux couleurs sombres
app-command-light-theme = Thème clair
app-command-light-theme-tooltip = Passer aux couleurs claires
app-command-undo = Annuler
app-command-undo-tooltip = Revenir sur la dernière modification
app-command-redo = Rétablir
app-command-redo-tooltip = Refaire ce qui a été annulé
app-command-start-session = Commencer la séance
app-command-start-session-tooltip = Vous guide dans la séance du jour, un exercice à la fois, en gros caractères lisibles depuis le tapis
app-command-close-window = Fermer
app-command-close-window-tooltip = Fermer la fenêtre ouverte par-dessus l’application
app-command-zoom-in = Texte plus grand
app-command-zoom-in-tooltip = Texte plus grand
app-command-zoom-out = Texte plus petit
app-command-zoom-out-tooltip = Texte plus petit
app-command-zoom-reset = Taille de texte normale
app-command-zoom-reset-tooltip = Remettre le texte à sa taille normale

app-keys-or = { $keys } ou { $key }
app-with-keys = { $what } ({ $keys })

app-menu-clinician = Thérapeute
app-more = Plus
app-more-tooltip = Aide, export, réglages, le menu du thérapeute et les couleurs

app-not-saved = Non enregistré : { $reason }
app-undo-what = Revenir sur : { $what }
app-undo-last = Revenir sur la dernière modification
app-redo-what = Refaire : { $what }
app-redo-last = Refaire ce qui a été annulé
app-all-saved = Toutes les entrées sont enregistrées
app-saving = Enregistrement…
app-not-saved-yet = Pas encore enregistré : { $error }. Vos entrées sont conservées tant que l’application est ouverte, et elle réessaiera.
app-try-again = Réessayer maintenant
app-read-only-status = Lecture seule : rien n’est enregistré
app-done = Fait : { $what }.
app-done-not-saved = { $done } Non enregistré : { $reason }
app-nothing-to-undo = Rien à annuler.
app-nothing-to-redo = Rien à rétablir.
app-undone = Annulé : { $what }.
app-done-again = Refait : { $what }.

app-close-title = Fermer l’application ?
app-close-lost = { $unsaved } Cela sera perdu si l’application se ferme maintenant.
app-close-go-back = Y retourner
app-close-without = Fermer sans l’enregistrer
app-could-not-start-saving = L’application n’a pas pu commencer à enregistrer : { $error }
app-part-unreadable = Une partie de votre journal n’a pas pu être lue ({ $error }). Rien ne sera enregistré avant que l’application soit rouverte.
app-repaired-title = Un fichier endommagé a été réparé
app-got-it = Compris
app-read-only-title = L’application est ouverte en lecture seule
app-read-only-body = Rien ne sera enregistré tant que cela n’est pas réglé, et aucun fichier n’a été modifié ni supprimé. Vos données sont dans le dossier { $folder }. Fermez l’application, réglez ce qui est dit plus haut (ou montrez ce message à votre kinésithérapeute ou à la personne qui vous aide avec votre ordinateur), puis rouvrez l’application.
app-opening-months = { $count ->
    [one] Ouverture de votre journal : encore { $count_text } mois à lire…
   *[other] Ouverture de votre journal : encore { $count_text } mois à lire…
}
app-working-out-progress = Calcul de vos progrès…

app-scale-name = { $name } (0 à 10)
app-scale-keys = Une touche chiffrée fixe la valeur, les flèches la modifient, Entrée passe à la suite.
app-scale-keys-not-given = Pas encore indiqué. Une touche chiffrée fixe la valeur, les flèches la modifient, Entrée passe à la suite.
app-scale-segment = { $name } : { $value }
app-scale-low = 0 = { $low }
app-scale-high = 10 = { $high }
app-pain-low = aucune douleur
app-pain-high = pire douleur imaginable
app-score-low = impossible à faire
app-score-high = aussi bien qu’avant le problème
app-light-provisional = { $light } (provisoire)
app-light-tooltip = { $light } : { $meaning }
app-pictures-still = Garder les images d’exercices immobiles
app-pictures-still-tooltip = Montrer les positions de départ et d’arrivée sans mouvement

## Key names in keyboard shortcuts ("Ctrl+Shift+Z"), as the keyboard of this language labels them.

app-key-ctrl = Ctrl
app-key-alt = Alt
app-key-shift = Maj
app-key-plus = Plus
app-key-minus = Moins
app-key-equals = Égal
app-key-escape = Échap
