### Settings, setup, about, export, import, warning signs, next morning.
### Every id here starts with "settings-". English.

## Voice: the patient, addressed as "you".

# The language choice's label.
settings-language = Language
# The choice that follows the desktop's language.
settings-language-follow = Follow the desktop’s language
# Below the choice.
settings-language-hint = The words change at once. Reports for your physiotherapist are written in their language.
