### Settings, setup, about, export, import, warning signs, next morning.
### Every id here starts with "settings-". French.

settings-language = Langue
settings-language-follow = Comme le bureau
settings-language-hint = Les textes changent aussitôt. Les rapports pour votre kinésithérapeute sont rédigés dans sa langue.
