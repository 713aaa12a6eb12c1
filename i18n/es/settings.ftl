### Settings, setup, about, export, import, warning signs, next morning.
### Every id here starts with "settings-". Spanish.

settings-language = Idioma
settings-language-follow = Como el escritorio
settings-language-hint = Los textos cambian al momento. Los informes para su fisioterapeuta se escriben en su idioma.
