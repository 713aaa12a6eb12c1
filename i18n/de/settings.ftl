### Settings, setup, about, export, import, warning signs, next morning.
### Every id here starts with "settings-". German.

settings-language = Sprache
settings-language-follow = Wie der Desktop
settings-language-hint = Die Texte ändern sich sofort. Berichte für Ihre Physiotherapeutin oder Ihren Physiotherapeuten werden in deren Sprache geschrieben.
