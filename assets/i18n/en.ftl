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
search-found-in = Found in { $language }:{" "}
entry-other-language = The same entry in the other language
filter-spanish = Serves Spanish speakers
county-statewide = Statewide
guide-picker = Showing
toc-heading = Contents
entry-add-to-handout = Add to handout
entry-previous = ← Previous
entry-next = Next →
note-heading = Editor's note — { $kind }
note-heading-dated = Editor's note — { $kind } (checked { $date })
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
guide-translation-unreviewed = Translation made for this office, not yet reviewed by a qualified translator; when in doubt, the English text governs.
guide-errors-heading = Some guide files could not be loaded
no-guide = No guide could be loaded.
no-entry = Choose a question on the left.

## Directory
directory-count-of = { $shown } of { $count ->
    [one] 1 contact
   *[other] { $count } contacts
}
directory-no-match = No contact matches these filters.
contact-new = New contact
contact-new-name = New contact
undo = Undo
redo = Redo
file-menu = File
file-open = Open directory file…
file-new = New directory file…
file-save-copy = Save a copy as…
file-recent = Recent files
file-opened = Opened
file-copy-saved = Copy saved
filter-text = Filter
filter-text-hint = Name, phone, city, notes…
filter-any = Any
filter-needs-verification = Needs verification
filter-clear = Clear filters
sort-hint = Click to sort; click again to reverse
contact-name = Name
contact-category = Category
contact-city = City
contact-county = County
contact-language = Language
contact-verified = Verified
contact-description = Description
contact-phones = Phones
contact-phone = Phone
contact-email = Email
contact-website = Web
contact-address = Address
contact-hours = Hours
contact-cost = Cost
contact-services = Services (separated by commas)
contact-counties = Counties
contact-languages = Languages
contact-notes = Notes
contact-source = Source (where this information came from)
contact-mark-verified = Mark verified today
contact-duplicate = Duplicate
contact-copy-text = Copy as text
contact-copied = Contact copied to the clipboard.
contact-delete = Delete…
contact-call = Call
contact-write-email = Write an email
contact-open-website = Open the website
address-street = Street
address-city = City
address-state = State
address-zip = ZIP
phone-kind-voice = Voice
phone-kind-text = Text
phone-kind-fax = Fax
phone-kind-hotline = Hotline
phone-label = Label
phone-label-hint = Intake, after hours, 833-4ICE-OPR…
phone-add = + Add phone
phone-remove = Remove this phone
cost-free = Free
cost-sliding-scale = Sliding scale
cost-fee = Fee
cost-unknown = Unknown
category-attorney-general = Attorney General
category-legal-aid = Legal aid
category-advocacy = Advocacy
category-federal-oversight = Federal oversight
category-hotline = Hotline
category-consulate = Consulate
category-other = Other
editor-heading = Contact
editor-close = Close
editor-name-required = A contact needs a name; this change is not saved until it has one.
editor-changed-since-verified = (edited since it was verified)
editor-none-chosen = None chosen
delete-title = Delete this contact?
delete-body = “{ $name }” will be removed from the directory. You can undo this with Ctrl+Z.
delete-confirm = Delete
cancel = Cancel
status-opened = Opened; every change is saved at once.
status-saved = Saved { $time }
status-failed = Not saved: { $error }. Your changes are kept here; fix the problem and retry.
status-retry = Retry saving
status-not-open = The directory file is not open.
status-changed-on-disk = Someone else changed this file since it was opened. Nothing was overwritten.
conflict-reload = Reload and re-apply my changes
conflict-reload-hint = Load their version, then apply the changes made here since the last save
conflict-keep-both = Keep both
conflict-keep-both-hint = Save this version as a copy beside theirs, then show theirs
conflict-reapplied = Reloaded their version and re-applied your changes.
conflict-skipped = Reloaded their version. These contacts were also changed by them, so your changes to them were not applied: { $names }
conflict-kept-both = Your version was saved as { $path }; showing theirs.
recovery-title = The directory file could not be opened
recovery-body = Rights Desk could not read { $path }:
recovery-untouched = The file has not been changed, moved or overwritten. Choose what to do:
recovery-open-other = Open another file…
recovery-new-file = Start a new file elsewhere…
recovery-no-backup = There is no backup of this file yet.
recovery-details = Details
recovery-readable-heading = What can still be read
recovery-readable = { $count ->
    [one] 1 contact of this file can still be read.
   *[other] { $count } contacts of this file can still be read.
}
recovery-lost-line = Line { $line } could not be read:
recovery-lost-lines = Lines { $first }–{ $last } could not be read:
recovery-lost-more = { $count ->
    [one] …and 1 more damaged part.
   *[other] …and { $count } more damaged parts.
}
recovery-keep-readable = { $count ->
    [one] Recover: keep the readable contact
   *[other] Recover: keep the { $count } readable contacts
}
recovery-keep-readable-and-fill = Recover: keep { $count ->
    [one] the readable contact
   *[other] the { $count } readable contacts
} and take { $taken ->
    [one] the lost one
   *[other] the { $taken } lost ones
} from the backup of { $date }
recovery-backups-heading = Backups
recovery-backups-explain = A backup holds the file as it was before a save: restoring one as it was undoes what was saved after it (listed below).
recovery-col-taken = Taken
recovery-col-contacts = Contacts
recovery-col-differences = Compared with the readable contacts
recovery-backup-unreadable = does not read either
recovery-restore-backup = Restore this backup
recovery-taken-unknown = unknown time
recovery-diff-same = the same contacts
recovery-diff-only-backup = { $count } only in the backup: { $names }
recovery-diff-changed = { $count } changed since: { $names }
recovery-diff-only-file = { $count } not in the backup (would be lost): { $names }
recovery-and-more = { " " }and { $count } more
recovery-same-path = Restoring keeps the damaged file beside it as “… (broken DATE).ron” and writes the restored list to the same file, so every desktop sharing it gets it.
recovery-restored = { $count ->
    [one] Restored 1 contact to { $path }. The damaged file is kept as { $broken }.
   *[other] Restored { $count } contacts to { $path }. The damaged file is kept as { $broken }.
}
recovery-restored-from-backup = Taken from the backup because their lines were lost: { $names }.
close-unsaved-title = Some changes are not saved
close-unsaved-body = If you close now, the changes shown above are lost.
close-discard = Close without saving
import-file = Import contacts…
import-folder = Import an Open Referral (HSDS) folder…
import-title = Import contacts
import-summary = { $new ->
    [one] 1 new
   *[other] { $new } new
}, { $duplicates ->
    [one] 1 like a contact you already have
   *[other] { $duplicates } like contacts you already have
}, { $problems ->
    [one] 1 row that cannot be read
   *[other] { $problems } rows that cannot be read
}. Nothing changes until you choose Import.
import-columns = Columns Rights Desk does not recognise (choose what each holds):
import-new = To be added
import-duplicates = Look like contacts you already have
import-same-name = same name
import-same-phone = same phone { $phone }
import-same-website = same website { $web }
import-problems = Rows not read, or read with a change
import-skip = Skip
import-update = Update the existing one (the fields the file has)
import-add-anyway = Add anyway
import-apply = Import: add { $added }, update { $updated }
import-nothing = Nothing to import
import-done = Imported: { $added ->
    [one] 1 added
   *[other] { $added } added
}, { $updated ->
    [one] 1 updated
   *[other] { $updated } updated
}. Undo (Ctrl+Z) takes the whole import back.
export-menu = Export contacts
export-csv = CSV for spreadsheets…
export-vcard = vCard for phones and mail programs…
export-vcard3 = vCard 3.0 for older phones…
export-hsds = Open Referral (HSDS) folder…
export-filter-note = Exports the contacts the list shows (filters apply).
export-done = { $count ->
    [one] Exported 1 contact to { $path }
   *[other] Exported { $count } contacts to { $path }
}

## Handout
handout-heading = Handout
handout-entries = Entries chosen for the handout
handout-empty = No entries yet. Use “Add to handout” on an entry in the Guide tab.
handout-remove = Remove
handout-move-up = Move up
handout-move-down = Move down
handout-add-entry = Add an entry…
handout-add-all = Add all
handout-clear = Clear
handout-open-entry = Printed in this order
print-layout = Layout
print-layout-handout = Handout
print-layout-cards = Wallet cards
print-layout-contacts = Contact sheet
print-language = Language
print-lang-en = English
print-lang-es = Spanish
print-second-language = Second language
print-second-none = None
print-paper = Paper
print-paper-letter = Letter
print-paper-a4 = A4
print-title = Title
print-prepared-by = Prepared by
print-prepared-by-hint = Your organization's name and phone
print-notes = Context notes (corrections always print)
print-sources = Sources
print-qr = QR codes for web addresses
print-side-by-side = Side by side
print-contacts = Contacts to print
print-contacts-filter = Matching
print-contacts-pick = Chosen one by one
print-verified-only = Verified recently only
print-pick-all = Select all
print-pick-none = Select none
print-pick-limit = A printout lists at most { $max } contacts.
print-directory-not-open = No contacts will be printed: the directory file could not be opened. The Directory tab shows why and how to recover it.
print-contact-count = { $count ->
    [one] 1 contact will be printed
   *[other] { $count } contacts will be printed
}
print-contacts-capped = { $chosen } contacts are chosen, but a printout lists at most { $max }: only the first { $max } by name will be printed. Choose a county, category or language to narrow the list.
print-format = Format
print-export = Export…
print-open = Open
print-open-failed = The file could not be opened: { $error }
print-saved = Saved { $path }
print-saved-missing = Saved { $path } — { $count ->
    [one] 1 place holds characters no font has
   *[other] { $count } places hold characters no font has
}; see the warnings above the preview.
print-error-layout = the page layout could not be made (a fault in Rights Desk: please report it). Details: { $details }
print-error-data = the printout's data could not be prepared (a fault in Rights Desk: please report it). Details: { $details }
export-error-csv = The CSV file could not be written. Details: { $details }
print-save-failed = The printout could not be saved: { $error }
print-preview-failed = The preview could not be drawn.
print-page-of = Page { $page } of { $total }
cards-front = Front: key points of
cards-back = Back: numbers to call
cards-back-hint = Choose up to { $count }; with none chosen, hotlines and the Attorney General come first.
cards-print-hint = Print page 2 on the back of page 1, flipping on the long edge, then cut along the marks.

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
language-es = Español (Spanish)
language-translation-note = This interface is a translation, not yet reviewed by a qualified translator.
language-translation-reviewed = This interface is a translation, reviewed by { $who } on { $date }.
language-coverage = interface { $interface } % translated, guide { $guide } % translated, { $reviewed } % reviewed
language-fallback-note = What is not yet translated shows in English.
language-right-to-left = Written right to left: printouts are laid out right to left. This window shows the words of each line in their order, but keeps its own left-to-right layout (lines start at the left), so check the text on a printout too.

## File errors (core::file_error): $path is the file; $reason stays in English.
io-not-found = the file or folder does not exist
io-permission-denied = permission denied
io-already-exists = a file with this name already exists
io-disk-full = the disk is full
io-read-only-disk = the disk is read-only
io-is-a-folder = this is a folder, not a file
io-not-a-folder = a part of the path is a file, not a folder
file-error-io = { $path }: { $reason }
file-error-empty = { $path }: the file is empty. Restore a backup, or start a new file.
file-error-not-utf8 = { $path }: the file is not UTF-8 text (line { $line }, column { $column }). It is damaged or was saved in another encoding: open it in a text editor and save it as Unicode, or restore a backup.
file-error-syntax = { $path }:{ $line }:{ $column }: this part of the file is not written the way Rights Desk writes it, so the file cannot be opened. Fix that line in a text editor, or restore a backup.
file-error-not-directory = { $path } is not a Rights Desk directory file (it should start with “(version: …”). Open the right file, or restore a backup.
file-error-unknown-choice = { $path }: unknown { $what } “{ $found }” on line { $line }, column { $column }: use one of { $choices }
file-error-what-category = category
file-error-what-phone-kind = phone kind
file-error-what-cost = cost
file-error-what-note-kind = note kind
file-error-what-value = value
file-error-too-new = { $path } was written by a newer version of Rights Desk (format { $found }; this version reads up to { $supported }). Update Rights Desk to open it.
file-error-too-large = { $path }: the file is { $size } bytes, more than the { $limit } bytes Rights Desk opens
file-error-changed = { $path }: the file was changed by someone else since it was opened
file-error-read-only = { $path } is read-only; nothing was written. Save a copy elsewhere, or ask whoever manages the file to make it writable.
file-error-disk-full = The disk is full; nothing was written to { $path }
file-error-link-missing = { $path } is a link to { $target }, which does not exist (is the shared drive connected?)
file-error-link-loop = { $path } is a link to { $target }, which leads back to itself (a loop of links)
file-error-locked = { $holder } is saving { $path }; try again in a moment. If that computer is off, remove the lock file { $lock }.
file-error-serialize = Could not write the data as RON: { $reason }
status-read-only-copy = Save a copy as…
status-merged = Saved { $time }, together with changes made elsewhere
status-base-problem = This desktop's merge record could not be written ({ $reason }): a later merge of copies from other desktops may ask more questions. It is tried again at the next save.
status-waiting-lock = Waiting to save: { $holder } is saving { $path }. If that computer is off, the wait ends in 20 seconds and says which lock file to remove.
status-waiting-unreadable-lock = Waiting to save { $path }: its lock file cannot be read. If no other program is saving it, remove the lock file beside it.
status-saving = Saving…
status-loading = Loading the directory…
loading-contacts = { $count ->
    [one] Loading 1 contact…
   *[other] Loading { $count } contacts…
}
loading-file = Loading { $path }…
file-error-older-guide = { $path } was reviewed on { $found }, before the guide in use (reviewed { $in_use }); it was not loaded.
guide-update-menu = Update the guide…
guide-update-title = Update the guide
guide-update-reviewed = Reviewed { $in_use } (in use) → { $new } (this file)
guide-update-none = not installed
guide-update-older = This guide is older than the guide in use. It cannot be installed.
guide-update-same = No differences from the guide in use.
guide-update-added = Entries added
guide-update-removed = Entries removed
guide-update-reworded = Entries reworded
guide-update-notes-added = Editor's notes added
guide-update-notes-changed = Editor's notes changed
guide-update-notes-removed = Editor's notes removed
guide-update-problems = Problems found in the file
guide-update-install = Install
guide-update-installed = The guide was installed as { $path }.
print-office-notes = Our notes
office-note-heading = Note from { $organization }, { $date }
office-add-note = Add our note
office-add-entry = + Add our own question
office-edit = Edit
office-delete = Delete
office-edit-entry = Edit our question
office-delete-entry = Delete our question
office-undo = Undo the last change to our notes
office-note-editor = Our note on this question
office-entry-editor = Our own question and answer
office-organization = Organization name (shown with each note)
office-question-en = Question (English)
office-question-es = Question (Spanish)
office-text-en = Text (English)
office-text-es = Text (Spanish)
office-hint = Write in English, Spanish or both. Paragraphs are separated by a blank line. Saved in office-notes.ron in the data folder, never in the guide itself.
office-save = Save
office-saved = Your office's notes were saved.
office-empty-note = Not saved: the note has no text.
office-empty-question = Not saved: the question has no text.
office-orphan = A note of your office belongs to entry “{ $entry }”, which this guide no longer has. It is kept in office-notes.ron.
related-not-open = The directory could not be opened — see the Directory tab.
keys-title = Keyboard shortcuts
keys-find = Find: the guide's search, or the Directory's filter on that tab
keys-results = In search results: choose, open, clear the search
keys-next-entry = Next / previous question in the guide
keys-new-contact = New contact
keys-mark-verified = Mark the open contact verified today
keys-undo = Undo the last change to the directory (in a text field: undo typing)
keys-redo = Redo
keys-into-list = From the Directory's filter into the list
keys-list = In the list: move to the next / previous row, a page, the first or last
keys-open-contact = In the list: open the focused contact in the editor
keys-close-editor = Close the contact editor (the focus goes back to its row)
keys-fields = Move between fields; a field is saved when you leave it
keys-zoom = Zoom in / out / back to 100 %
print-not-pdf-ua = Saved, but not as PDF/UA-1 (accessible PDF): { $reason }. It is a tagged PDF without that claim.
status-refused-name = Not saved: a contact needs a name.
editor-hidden-by-filters = The contact you are editing is hidden by the filters.
editor-show-it = Show it

# Sharing the directory between desktops (conflict copies, presence).
file-merge-copies = Look for copies from other desktops
sharing-reloaded = The directory was changed on another desktop; this window now shows the new version.
sharing-merged = { $count ->
    [one] Merged the copy made by { $tool } ({ $file }): 1 contact taken from it. It was moved into backups.
   *[other] Merged the copy made by { $tool } ({ $file }): { $count } contacts taken from it. It was moved into backups.
}
sharing-copy-unreadable = A copy made by { $tool } ({ $file }) could not be read, so it was left where it is: { $error }
sharing-also-open = Also open on { $who }
sharing-who = { $host } ({ $user }) since { $time }
merge-title = Merge the copy made by { $tool }
merge-intro = Another desktop changed the contact list while this one did. Everything else merged by itself; below, the two desktops changed the same thing in different ways: choose which to keep.
merge-intro-clean = { $clean ->
    [one] One other contact merged by itself: { $names }.
   *[other] { $clean } other contacts merged by themselves: { $names }.
}
merge-taken-added = added
merge-taken-updated = updated
merge-taken-deleted = deleted
merge-file = The copy: { $file }
merge-take-all-mine = Keep all of this desktop's
merge-take-all-theirs = Take all of the other copy's
merge-field = Field
merge-base = Before
merge-mine = This desktop
merge-theirs = The other copy
merge-someone = someone
merge-empty = (empty)
merge-unknown = (not known)
merge-edited-deleted-mine = Edited on this desktop ({ $edited }); deleted in the other copy by { $who } ({ $when }).
merge-edited-deleted-theirs = Edited in the other copy ({ $edited }); deleted on this desktop by { $who } ({ $when }).
merge-keep = Keep the contact
merge-delete = Delete it
merge-apply = Merge
merge-later = Later
merge-run = { $copies ->
    [one] 1 conflict copy merged
   *[other] { $copies } conflict copies merged
}; { $questions ->
    [0] no questions left.
    [one] 1 question left to answer.
   *[other] { $questions } questions left to answer.
}
merge-done = { $count ->
    [one] Merged: 1 contact changed. Undo reverses the whole merge.
   *[other] Merged: { $count } contacts changed. Undo reverses the whole merge.
}
merge-field-name = Name
merge-field-category = Category
merge-field-description = Description
merge-field-services = Services
merge-field-phones = Phones
merge-field-email = Email
merge-field-website = Web
merge-field-address = Address
merge-field-counties = Counties
merge-field-languages = Languages
merge-field-hours = Hours
merge-field-cost = Cost
merge-field-notes = Notes
merge-field-source = Source
merge-title-file = Merge your changes with the other desktop's
directory-table-name = Contacts
contact-phone-kind = Type of phone { $number }
file-opened-notes = { $count ->
    [one] Opened, with a note on the file: { $notes }
   *[other] Opened, with { $count } notes on the file: { $notes }
}

import-target-name = name
import-target-category = category
import-target-description = description
import-target-services = services
import-target-phone = phone { $number }
import-target-phone-kind = phone kind
import-target-phone-label = phone label
import-target-email = email
import-target-website = website
import-target-street = street
import-target-city = city
import-target-state = state
import-target-zip = ZIP code
import-target-counties = counties
import-target-languages = languages
import-target-hours = hours
import-target-cost = cost
import-target-notes = notes
import-target-source = source
import-target-caveat = before you call
import-target-own = our own number
import-target-description-es = description in Spanish
import-target-hours-es = hours in Spanish
import-target-caveat-es = before you call, in Spanish
import-target-verified = verified on
import-target-ignore = (not imported)

## Printed on handouts, wallet cards and contact sheets (besides category-*, note-kind-*,
## county-statewide, print-prepared-by and print-sources above).
printed-printed = Printed
printed-guidance = Guidance
printed-source = source
printed-reviewed = reviewed
printed-page = Page
printed-of = of
printed-who-can-help = Who can help
printed-name = Name
printed-phone = Phone
printed-details = Web, address, hours
printed-hours = Hours
printed-languages = Languages
printed-counties = Counties
printed-editors-note = Editor's note
printed-checked = checked
printed-unverified-note = Contacts marked “not checked” or “last checked” have not been confirmed lately by the office that printed this: call before relying on them.
printed-who-to-call = Who to call
printed-qr-for = QR code for
printed-contact-sheet = Contact directory
printed-not-advice = General information, not legal advice.
printed-cut-here = Cut along the marks. Print the second page on the back of the first (flip on the long edge).
printed-verified = checked { $month } { $year }
printed-not-verified = not checked
printed-not-verified-since = last checked { $month } { $year }
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## Names of the languages contacts speak (printed and shown in the directory).
language-name-en = English
language-name-es = Spanish
language-name-nv = Navajo
language-name-vi = Vietnamese
language-name-ar = Arabic
language-name-zh = Chinese
language-name-fr = French
language-name-pt = Portuguese
language-name-ht = Haitian Creole
language-name-ru = Russian
language-name-uk = Ukrainian
language-name-ps = Pashto

## Changes the directory refused, and failed exports (core::workspace::notice).
refused-control-characters = A contact's name cannot hold control characters (such as a NUL or a line break); the change was not saved.
refused-empty-name = A contact needs a name; the change was not saved.
refused-not-found = No contact has the id “{ $id }”; it may have been deleted on another desktop.
refused-conflict = The contact “{ $id }” was changed in the meantime; the change was not applied.
refused-duplicate-id = The id “{ $id }” is already used by another contact.
export-failed = The contacts could not be exported: { $error }

## A contact's fields that look wrong (core::contact_check); $value is what was typed.
warn-phone-empty = Phone “”: the number is empty
warn-phone-not-digits = Phone “{ $value }”: has characters that are not digits
warn-phone-international = Phone “{ $value }”: international numbers have 8 to 15 digits
warn-phone-us = Phone “{ $value }”: US numbers have 10 digits (or 1 and 10 digits)
warn-email = “{ $value }” does not look like an email address
warn-website-unsafe = “{ $value }” is not a safe address (only http, https, mailto and tel): it prints as plain text, with no link or QR code
warn-website = “{ $value }” is not a web address starting with http:// or https://
warn-zip = ZIP code “{ $value }” should be 5 digits, or 5+4 (87501-1234)
warn-county = “{ $value }” is not a New Mexico county (or “Statewide”)

## What opening a directory file repaired (core::load_note).
load-note-no-id = “{ $name }” had no id; it was given the id “{ $id }”
load-note-repeated-id = “{ $name }” had a repeated id; it was given the id “{ $id }”
load-note-no-name = the contact “{ $id }” has no name
load-note-older-format = The file was in format version { $version }; it will be saved in the current format.

## Imports that could not be read at all (core::interop::ImportError).
import-error-nothing = No contacts found in { $path } (is it a { $what } file?)
import-error-too-large-unpacked = { $path } unpacks to more than { $limit } bytes; Rights Desk imports packages up to { $limit } bytes unpacked.
import-error-format = The file could not be read: { $what }

## Titles a printout gets when none is written, the heading of the office's own entries, and
## the link to a guide's translation (written in the language it switches to).
printed-title-handout = ICE and local police in New Mexico: the state guidance, with corrections
printed-title-contacts = Who can help: immigration legal aid and advocacy in New Mexico
office-section-title = From our office
read-in-this-language = Read in English

## The notice at the bottom of the window.
notice-dismiss = Dismiss
notice-dismiss-hint = Take this message away

## Contact fields and printed words added for honest printouts.
merge-field-caveat = Before you call
merge-field-translations = Spanish texts
merge-field-own = Our own number
contact-caveat = Before you call (one line, printed under the contact)
contact-own = One of our office's own numbers (on wallet cards after legal aid)
contact-description-es = Description in Spanish
contact-hours-es = Hours in Spanish
contact-caveat-es = Before you call, in Spanish
contact-area-not-recorded = not recorded
contact-languages-not-recorded = not recorded
printed-before-call = Before you call
printed-cost = Cost
printed-fee = fee
printed-in-english = (in English)
printed-area = Area served
printed-area-not-recorded = not recorded
printed-maybe-county = May serve { $county } County — call to confirm (area served not recorded)
printed-maybe-language = May speak { $language } — call to confirm (languages not recorded)
printed-from-office = From our office
printed-office-not-guide = Written by the office that printed this, not part of the guide or its translation.
printed-about-guide = About the guide: “{ $title }” is a third-party web FAQ ({ $publisher }; { $date }), reproduced here word for word. Rights Desk's editors reviewed it on { $reviewed } and added dated editor's notes where it is out of date or wrong; corrections are always printed.
printed-card-source = Source
print-no-legal-aid-county = No legal aid is listed for { $county } County — add one, or include statewide contacts and contacts whose area is not recorded.
print-no-legal-aid = No legal aid is among the contacts chosen — add one, or widen the choice.
print-card-entry-none = Entry “{ $entry }” has no card summary written for it, and a card never prints the guide's raw answer. Cards can be printed for: { $choices }.
printed-title-door = Know your rights at the door
print-layout-door-card = Door cards
door-front = Front: what to do at the door, in the card's language (from ILRC and ACLU sources). To use your office's own wording, open “If immigration agents come to your door” in the Guide tab and add our note: each line becomes a point, marked as yours.
door-back = Back: the statement to the agent, in English, and up to { $count ->
    [one] one number
   *[other] { $count } numbers
} below it (legal aid first). Spanish cards print Spanish on the front.
printed-about-companion = About “{ $title }”: { $note } Reviewed { $reviewed }.

## Verification rounds
checks-recorded = { $count ->
    [one] One check recorded.
   *[other] { $count } checks recorded.
}
checks-unknown = { $count ->
    [one] One row names a contact that is not in this directory ({ $ids }); it was not recorded.
   *[other] { $count } rows name contacts that are not in this directory ({ $ids }); they were not recorded.
}

round-open = Verify contacts…
round-title = Verify contacts
round-setup-help = Call or write to each contact in turn and record what you found. Checks are saved as you go, with your name, and other desktops sharing this list see which contact you are on.
round-everyone = Every contact, not only those due
round-volunteer = Your name
round-volunteer-hint = put on every check (optional)
round-script-language = Call script in
round-count = { $count ->
    [0] No contact to check with these choices.
    [one] One contact to check.
   *[other] { $count } contacts to check.
}
round-start = Start
round-progress = { $at } of { $count }
round-confirm-heading = What to confirm (correct it here if it changed)
round-script-heading = Call script
round-script = Hello, my name is { $volunteer } and I'm calling from { $office } to confirm the information we give to families about { $name }: your phone numbers, opening hours, address, the languages you speak and the services you offer. Is this still right?
round-method = How:
round-note = Note
round-findings-help = What did you find? (number keys 1–7)
round-skip = Skip for now
round-end = End round
round-over = Round over
round-summary = { $checked ->
    [one] One contact checked
   *[other] { $checked } contacts checked
}, { $skipped ->
    [one] 1 skipped
   *[other] { $skipped } skipped
}.
round-close = Close
round-being-checked = Being checked on { $who } now.
finding-confirmed = Confirmed
finding-changed = Changed
finding-no-answer = No answer
finding-wrong-number = Wrong or disconnected number
finding-moved = Moved
finding-closed = Closed
finding-do-not-list = Asked not to be listed
method-phone = Phone
method-email = Email
method-website = Web site
method-visit = Visit
method-from-organization = From the organization
method-not-recorded = Not recorded
status-current = checked, due again { $date }
status-never-checked = never checked
status-due = due since { $date }
status-overdue = overdue since { $date }
status-flag-wrong-number = ⚠ flagged: wrong or disconnected number
status-flag-moved = ⚠ flagged: moved
status-flag-no-answer = ⚠ flagged: no answer three times
status-inactive = ⛔ { $finding }: kept, never printed
filter-show-inactive = Show closed and unlisted
keys-verify-round = Verify contacts (a verification round)
keys-round-findings = In a round: record what the check found
checks-heading = { $count ->
    [one] One check
   *[other] { $count } checks
}
checks-line = { $date }: { $found } ({ $method }) · { $who }
checks-was = { $field } was: { $value }
round-script-no-name = Hello, I'm calling from { $office } to confirm the information we give to families about { $name }: your phone numbers, opening hours, address, the languages you speak and the services you offer. Is this still right?
round-our-office = our office
round-services = Services
round-not-recorded = not recorded
round-intervals = How often each kind of contact is checked
round-intervals-help = A contact is due again this many days after its last confirmation. Kept beside the directory file, for every desktop sharing it.
round-days-suffix = {" "}days
sheet-title = Call sheet: contacts to check
sheet-instructions = Call each contact and ask whether what the office hands out is still right. Tick what you found and how, write the date, your name and any correction. Then type the answers into the CSV call sheet (same ids), or give the sheet to whoever keeps the list.
sheet-found = Found
sheet-how = How
sheet-date = Date
sheet-by = By
sheet-note = Note
sheet-corrections = corrections
sheet-printed = printed
sheet-page = Page
sheet-id = id
sheet-flagged = flagged
sheet-confirm = What to confirm
sheet-translation = This sheet is a translation made by Rights Desk, not yet reviewed by a qualified translator.
checks-not-read = { $count ->
    [one] One row could not be read (a finding, method or date not understood); `rights-desk verify --import FILE --dry-run` names it.
   *[other] { $count } rows could not be read (a finding, method or date not understood); `rights-desk verify --import FILE --dry-run` names them.
}
checks-not-a-sheet = This is not a call sheet: { $reason }
round-save-sheet-pdf = Save a call sheet to print (PDF)…
round-save-sheet-csv = Save a call sheet to fill in (CSV)…
round-import-sheet = Record a filled-in call sheet…
round-paper-help = Without the app: print the contacts these choices give as a call sheet, or save it as a spreadsheet to fill in and record here afterwards.
round-sheet-file = call sheet
report-title = How the list stands
report-current = current
report-due = due
report-overdue = overdue
report-flagged = flagged
report-inactive = closed or unlisted
report-this-month = checked this month
report-all = All contacts

## Printing to a printer
print-sent = Sent { $copies ->
    [one] one copy
   *[other] { $copies } copies
} to { $printer } — job { $job }.
print-job-waiting = Job { $job } waits in { $printer }'s queue.
print-job-printing = Job { $job } is printing on { $printer }.
print-job-stopped = Job { $job } on { $printer } stopped: the printer needs attention (paper, jam, or it is off).
print-job-paused = Job { $job } waits: the printer { $printer } is paused. It prints once someone resumes the printer; or cancel it there and save the PDF instead.
print-printed = Printed: { $copies ->
    [one] one copy
   *[other] { $copies } copies
} on { $printer } (job { $job }).
print-error-no-service = No printing service answers on this computer ({ $server }: { $detail }). Save the PDF and print it from another program, or ask whoever set up the computer to start the printing service (CUPS).
print-error-no-printers = No printer is set up on this computer. Save the PDF instead, or add a printer in the system's settings.
print-error-no-such-printer = There is no printer named “{ $printer }” (any more). Choose another, or save the PDF instead.
print-error-not-accepting = The printer “{ $printer }” is not taking jobs. Choose another, or save the PDF instead.
print-error-refused = The printer “{ $printer }” refused the job: { $reason }. Save the PDF instead.
print-error-canceled = Job { $job } on { $printer } was canceled and did not print.
print-error-aborted = The printing system gave up job { $job } on { $printer }: nothing printed. Save the PDF instead.
print-error-bad-pages = “{ $pages }” is not a page range: write 1-2, or 1,3-4, or leave it empty for every page.
print-error-unsupported = Printing from Rights Desk is not available on this system yet: save the PDF and print it.
print-print-dots = Print…
print-dialog-title = Print
print-looking = Looking for printers…
print-printer = Printer
printer-ready = ready
printer-printing = printing
printer-paused = paused
printer-rejecting = not taking jobs
printer-default = default
print-copies = Copies
print-two-sided = Both sides (flip on the long edge)
print-two-sided-cards = Both sides (flip on the long edge: the backs are laid out for it)
paper-letter = Letter
paper-a4 = A4
print-pages = Pages
print-pages-hint = all, or 1-2, 4
print-grayscale = Grayscale
print-actual-size = Always printed at actual size (100 %), so cut marks and card backs line up.
print-sending = Sending…
print-print = Print
print-save-instead = Save as PDF…
print-close = Close
keys-print = Print (the Handout tab's printout)
print-one-entry = This question alone: { $entry }
print-entry-hint = Print this question alone, with the contacts the Handout tab chooses
merge-keep-both = Keep both
merge-keep-both-hint = Keep every item of both versions: this desktop's, then the other copy's
search-did-you-mean = Did you mean “{ $query }”?
directory-some-words = No contact has all these words; those with some of them, best first:
# File dialogs: the file types offered, and the window's own chooser (used when the system's
# file dialog cannot open on this desktop).
files-directory = Rights Desk directory (RON)
files-guide = Rights Desk guide (RON)
files-import = Contacts (CSV, vCard, HSDS .zip)
files-call-sheet = Call sheet (CSV)
files-all = All files
chooser-open = Open
chooser-save = Save
chooser-new-folder = New folder
chooser-new-folder-name = New folder
chooser-refresh = Read the folder again
chooser-parent = Up one folder
chooser-file = File name:
chooser-folder = Folder
chooser-hidden = Show hidden files
chooser-replace = “{ $file }” is already there. Replace it?
chooser-replace-yes = Replace
chooser-replace-no = Choose another name
chooser-fallback = The system's file dialog could not open on this desktop, so Rights Desk's own file chooser opened instead.
# An import's report of what the file had that no field of a contact holds (field names as the
# file calls them).
import-report-kept = { $count ->
    [one] One field was kept in the contacts' notes, with its name: { $fields }
   *[other] { $count } fields were kept in the contacts' notes, with their names: { $fields }
}
import-report-lost = { $count ->
    [one] One field has no place in Rights Desk and was not imported: { $fields }
   *[other] { $count } fields have no place in Rights Desk and were not imported: { $fields }
}
# A translated printout's mark once every string it prints was reviewed through
# `rights-desk translate import` (otherwise the guide's "not yet reviewed" note prints).
printed-translation-reviewed = Translation of the guide and of this printout's words reviewed by { $who } on { $date }.
printed-entry-in-english = Not translated yet: shown in English.
printed-fallback-note = Parts of this printout are in English because their translation is not written yet.
# Language → Translations… (an office's translator reviews the Spanish; see README).
files-translation = Translator's file (PO, XLIFF, CSV)
translations-menu = Translations…
translations-title = Translations
translations-language = Language of the translation
translations-coverage = { $language }: interface { $interface }/{ $interfaceall } translated, guide { $guide }/{ $guideall } translated, contacts' texts { $contacts }/{ $contactsall } translated, the office's texts { $office }/{ $officeall } translated, { $reviewed } % reviewed{ $outdated ->
    [0] .
    [one] , 1 review outdated (its English changed).
   *[other] , { $outdated } reviews outdated (their English changed).
}
translations-help = Save every string for your translator, then take the reviewed file back: each string they give back is marked reviewed with their name, and printouts say so once everything they print is reviewed.
translations-save-po = Save for a translator (PO)…
translations-save-xliff = Save as XLIFF…
translations-save-csv = Save as a spreadsheet (CSV)…
translations-read = Take a reviewed file back…
translations-plan = { $new ->
    [one] 1 new
   *[other] { $new } new
}, { $changed ->
    [one] 1 changed
   *[other] { $changed } changed
}, { $confirmed ->
    [one] 1 confirmed as it is
   *[other] { $confirmed } confirmed as they are
}, { $refused ->
    [one] 1 refused.
   *[other] { $refused } refused.
}
translations-reviewer = Reviewed by
translations-reviewer-hint = the translator's name
translations-apply = Apply
translations-take-back = Take back the file reviewed by { $who } on { $date }
translations-taken-back = { $files ->
    [one] 1 file
   *[other] { $files } files
} and { $contacts ->
    [one] 1 contact
   *[other] { $contacts } contacts
} are as they were before the file reviewed by { $who }.{ $since ->
    [0] {""}
   *[other] { " " }Changed since, so left as they are: { $names }.
}
translations-refused-english = the English changed since the file was saved: save it again and translate the new English
translations-refused-syntax = not a message Rights Desk can read ({ $details })
translations-refused-lost = the translation drops { $names }: keep them as they are
translations-refused-unknown = the translation uses { $names }, which the English does not have
translations-refused-plural = the English chooses its words by { $names } (plurals) and the translation does not
translations-refused-unknown-id = Rights Desk has no such string
translations-saved = { $count ->
    [one] Saved 1 string for a translator to { $path }
   *[other] Saved { $count } strings for a translator to { $path }
}
translations-applied = { $count ->
    [one] 1 translation changed
   *[other] { $count } translations changed
} and { $confirmed ->
    [one] 1 confirmed
   *[other] { $confirmed } confirmed
}, reviewed by { $who }.
translations-error = The translations could not be saved or read: { $details }
# Why a translator's file cannot be read (`$text` is the line as written; `$details` the reader's own words).
exchange-error-po-quoted = line { $line }: a text in quotation marks was expected here: { $text }
exchange-error-po-outside = line { $line }: this text belongs to no string: { $text }
exchange-error-po-not-read = line { $line }: “{ $keyword }” is not read (plural forms and obsolete entries are not part of a Rights Desk file); save the file from Rights Desk again and translate that one
exchange-error-xliff = this is not an XLIFF file that can be read ({ $details })
exchange-error-csv-header = the spreadsheet's first row cannot be read ({ $details })
exchange-error-csv-columns = the spreadsheet needs the columns id, english and translation, named in its first row
exchange-error-csv-row = row { $row } of the spreadsheet cannot be read ({ $details })
exchange-error-other-language = this file holds the language “{ $file }”, not “{ $wanted }”
# The side-by-side review sheet (`translate export --format pdf`, Translations… → Print for a
# reviewer on paper).
review-sheet-title = Translation review: { $language }
review-sheet-printed = printed
review-sheet-page = Page
review-sheet-instructions = Read each translation beside its English. Tick the box when it is right; otherwise write the correction beside it. Keep every { "{" } $name { "}" } and every choice between { "{" } … { "}" } as it is. Give the sheet back to the office, which types the corrections in and records your review.
review-sheet-english = English
review-sheet-translation = Translation
review-sheet-corrections = Right? Correction
review-sheet-ok = right
review-state-unreviewed = not reviewed yet
review-state-reviewed = reviewed by { $who } on { $date }
review-state-outdated = reviewed by { $who } on { $date }; the English has changed since
translations-save-pdf = Print for a reviewer on paper (PDF)…
# A character no font on this computer can draw (`$place` is one of the print-missing-place- messages).
print-missing-glyphs = { $place }: no font on this computer has “{ $chars }”, so it would print as blank boxes. Install a font for that script (for example Noto Sans CJK for Chinese, Japanese or Korean) or correct the text.
print-missing-place-title = the title
print-missing-place-prepared-by = the “prepared by” line
print-missing-place-entry = question { $id } ({ $language })
print-missing-place-contact = contact “{ $name }”
print-missing-place-card = the wallet card ({ $language })
print-missing-place-text = string { $id }
# A row, card or contact of an imported file that could not be read, or was read with a change.
import-problem = { $place }: { $reason }
import-place-row = row { $row }
import-place-card = card { $number }
import-place-table-row = { $table } row { $row }
import-place-contact = contact { $number }
import-problem-no-name = has no name; skipped
import-problem-card-no-name = has neither FN nor ORG (no name); skipped
import-problem-card-unfinished = ends without END:VCARD; skipped
import-problem-header = the header row cannot be read ({ $details })
import-problem-row = cannot be read ({ $details })
import-problem-no-name-column = no column holds the organization's name (a header such as “Name” or “Nombre”)
import-problem-not-a-date = the verified date “{ $value }” is not a date (YYYY-MM-DD); imported as not verified
import-problem-name-control = the name holds only control characters; not imported
import-problem-name-cleaned = control characters in the name were made spaces (“{ $name }”)
