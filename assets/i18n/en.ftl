# Rights Desk user-interface strings, English.
# Every key here must also exist in every other language file (a test checks).

app-title = Rights Desk

## Top bar
tab-guide = Guide
tab-directory = Directory
tab-handout = Handout
menu-language = Language
menu-view = View
menu-help = Help
view-zoom-in = Zoom in
view-zoom-out = Zoom out
view-zoom-reset = Actual size
view-theme = Theme
theme-system = Follow system
theme-light = Light
theme-dark = Dark
help-about = About Rights Desk

## Reader
search-label = Search the guide
search-hint = Words to find (Ctrl+F)
search-clear = Clear search
search-no-hits = No entry matches “{ $query }”. Try fewer or shorter words.
search-hit-count = { $count ->
    [one] 1 entry matches
   *[other] { $count } entries match
}
search-keys-help = ↑ ↓ to choose, Enter to open, Esc to clear
guide-picker = Showing
toc-heading = Contents
entry-add-to-handout = Add to handout
entry-previous = ← Previous
entry-next = Next →
note-heading = Editor's note — { $kind }
note-kind-outdated = Out of date
note-kind-context = Context
note-kind-correction = Correction
note-sources = Sources:
entry-sources = Sources:
related-heading = Who can help
related-none = Your directory has no contacts in these categories yet.
related-open = Open in the directory
verification-never = ⚠ never verified
verification-fresh = ✓ verified { $date }
verification-stale = ⚠ not verified since { $date }
guide-source = Source: { $source }
guide-source-undated = undated
guide-reviewed = Reviewed { $date } with editor's notes.
guide-translation = Translation: { $note }
guide-errors-heading = Some guide files could not be loaded
no-guide = No guide could be loaded.
no-entry = Choose a question on the left.

## Directory (read-only until the directory screen lands)
directory-count = { $count ->
    [one] 1 contact
   *[other] { $count } contacts
}
directory-file = File: { $path }
directory-load-error = The directory file could not be opened: { $error }
directory-choose = Choose a contact on the left.
contact-phone = Phone
contact-email = Email
contact-website = Web
contact-address = Address
contact-hours = Hours
contact-counties = Counties
contact-languages = Languages
contact-notes = Notes
contact-source = Source
contact-category = Category

## Handout
handout-heading = Handout
handout-entries = Entries chosen for the handout
handout-empty = No entries yet. Use “Add to handout” on an entry in the Guide tab.
handout-remove = Remove
handout-move-up = Move up
handout-move-down = Move down
handout-printing-later = Printing to PDF is not available in this version yet.

## About
about-title = About Rights Desk
about-version = Version { $version }
about-data-folder = Data folder: { $path }
about-licence = Licence: MIT or Apache-2.0. Fonts: Noto Sans, Noto Sans Arabic and Noto Sans Symbols, SIL Open Font License 1.1.
about-disclaimer = General information, not legal advice.
about-offline = Rights Desk works offline and sends nothing anywhere.
about-close = Close

## Languages
language-en = English
