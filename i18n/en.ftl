app-name = Vertskap
skip-to-content = Skip to content
sections-nav = Sections
standards = Standards
scripts = Scripts
values = Values
authority-section = Authority
goals = Goals
settings = Settings
opening = Opening your data…

## Standards list
standards-heading = Host standards
standards-intro = What every guest can count on here, grouped by area.
search = Search
search-hint = Title, text or tag
new-standard = New standard
manage-areas = Manage areas
no-standards-yet = No standards yet. A standard describes something your staff do for every guest, so that everyone knows what good looks like. Standards are grouped in areas: seven parts of good hosting, from knowing what guests expect to the last impression. Start with “New standard”.
no-standards-in-area = No standards in this area yet.
search-matches =
    { $count ->
        [one] 1 standard matches.
       *[other] { $count } standards match.
    }
no-search-matches = No standard matches “{ $query }”.
standard-count =
    { $count ->
        [one] 1 standard
       *[other] { $count } standards
    }
move-up = Move “{ $name }” up
move-down = Move “{ $name }” down

## Standard detail and editor
why-it-matters = Why it matters
do = Do
dont = Don't
how-measured = How it is measured
tags = Tags
area = Area
title = Title
not-written-yet = Not written yet.
edit = Edit
delete = Delete
back-to-standards = Back to standards
edit-standard = Edit standard
save = Save
saving = Saving…
cancel = Cancel
one-per-line = One behaviour per line.
tags-hint = Separate tags with commas.
fix-marked-fields = Nothing was saved yet. Please correct the marked fields.
standard-not-found = This standard does not exist (any more).

## Areas
areas-heading = Areas
areas-intro = The seven areas of good hosting are built in. Add your own areas for anything else, such as the phone or complaints.
built-in = Built in
new-area-name = New area name
add-area = Add area
rename-action = Rename
rename = Rename “{ $name }”
new-name-for = New name for “{ $name }”
delete-area = Delete “{ $name }”
move-standards-to =
    { $count ->
        [one] “{ $name }” has 1 standard. Move it to
       *[other] “{ $name }” has { $count } standards. Move them to
    }
move-and-delete = Move and delete

## Notices
deleted = Deleted “{ $title }”.
undo = Undo
dismiss = Dismiss

## Scripts
scripts-heading = Scripts
scripts-intro = What to say and do in each situation, step by step. Staff find them at the counter in counter mode.
new-script = New script
new-complaint-script = New complaint script
edit-script = Edit script
no-scripts-yet = No scripts yet. A script tells staff what to say and do in one situation, such as greeting a guest when it is busy or answering the phone.
script-not-found = This script does not exist (any more).
situation = Situation
situation-hint = When does it apply? Say it the way staff would.
channel-label = Channel
all-channels = All channels
steps = Steps
step-number = Step { $n }
step-of = Step { $n } of { $total }
say = Say
note = Note
step-tip = Remember
add-step = Add a step
add-step-after = Add a step after step { $n }
move-step-up = Move step { $n } up
move-step-down = Move step { $n } down
remove-step = Remove step { $n }
backbone-step = Complaint flow: { $stage }
practice-case = Practice case
practice-case-hint = Offer this script for rehearsal in counter mode.
pin-in-counter = Pin in counter mode
pinned-badge = Pinned
complaint-badge = Complaint
step-count =
    { $count ->
        [one] 1 step
       *[other] { $count } steps
    }
standards-it-serves = Standards it serves
find-standards-to-link = Find standards to link
no-standards-to-link = No standards to link yet.
scripts-for-standard = Scripts for this standard
duplicate = Duplicate
copy-of = { $title } (copy)
print = Print
print-scripts = Print scripts
paper-size = Paper size
sheets-too-long =
    { $count ->
        [one] One sheet does not fit on its page even in small type, and its end would be cut off on paper. Shorten the text, or print on larger paper.
       *[other] { $count } sheets do not fit on their pages even in small type, and their ends would be cut off on paper. Shorten the text, or print on larger paper.
    }
scripts-matching =
    { $count ->
        [one] 1 script matches.
       *[other] { $count } scripts match.
    }
no-scripts-match = No script matches “{ $query }”.
no-scripts-match-pinned = No script matches “{ $query }”. Here are the pinned ones:

## Counter mode
counter-mode = Counter mode
counter-heading = What do we say when…
find-script = Find a script
find-script-hint = Type a few letters
pinned-scripts = Pinned
recent-scripts = Recently used
all-scripts = All scripts
other-scripts = Other scripts
script-matches = Matches
no-scripts-for-counter = No scripts yet. A manager writes them under Scripts.
leave-counter-mode = Leave counter mode
leave-counter-question = Leave counter mode? The tablet will show the manager's screens again.
leave-yes = Yes, leave
stay = Stay
next = Next
back = Back
finish = Done
back-to-scripts = Back to scripts
complaint-flow = Complaint flow
practise = Practise
practice-heading = Practice
what-would-you-do = What would you say and do?
show-answer = Show the answer
next-case = Next case
start-practice = Start with a random case
choose-case = Or choose a case
other-cases = Choose another case
no-practice-cases = No practice cases yet. A manager marks scripts as practice cases.
showing-first = Showing { $shown } of { $total }. Type more to narrow it down.
showing-first-standards = Showing { $shown } of { $total }.
show-more = Show more

## Values
values-heading = Values
values-intro = What the business stands for, written down so that staff and guests can see it.
vision-and-promises = Vision and promises
edit-profile = Edit vision and promises
no-profile-yet = No vision, slogan or service promises written yet.
business-name = Business name
vision = Vision
vision-hint = One or two sentences that give direction.
vision-numbers-hint = A vision gives direction and holds no numbers: targets belong in goals.
slogan = Slogan
slogan-hint = A short line that makes the vision easy to remember.
promises = Service promises
promises-hint = What customers may expect of you, one promise per line.
business-currency = Currency for amounts in goals
our-values = Our values
no-values-yet = No values yet. A value is shown best with examples of what it looks like at work.
new-value = New value
edit-value = Edit value
value-name = Name
meaning = What it means here
looks-like = Looks like
not-like = Does not look like
one-example-per-line = One example per line.
value-not-found = This value does not exist (any more).
served-by = Standards and scripts that serve it
nothing-serves-yet = No standard or script is linked to this value yet. Link them when you edit them.
values-it-serves = Values it serves
poster = Poster
poster-missing = The poster is missing: { $fields }. Fill them in under “Edit vision and promises” and they will be on the poster.
back-to-values = Back to values

## Authority
authority-heading = Who may decide what
authority-intro = What each role may decide on the spot, without asking a manager.
new-rule = New authority rule
edit-rule = Edit authority rule
rule-not-found = This authority rule does not exist (any more).
no-rules-yet = No authority rules yet. Write down what each role may decide alone, so nobody has to guess.
rule-situation-hint = For example: a complaint about a product.
rule-may = May do without asking
rule-may-hint = For example: replace it, refund it, offer a free coffee.
rule-asks-about = What to ask about first
rule-ask-first = Must ask first (may not decide this alone)
rule-ask-first-hint = For example when a higher role should not have what a role below it has. Say whom to ask in the notes.
limit = Up to an amount (optional)
limit-hint = Leave empty when there is no limit.
currency-label = Currency
notes = Notes
role-label = Role
roles = Roles
new-role-name = New role name
add-role = Add role
delete-named = Delete “{ $name }”
role-has-rules =
    { $count ->
        [one] “{ $name }” has 1 authority rule. What should happen to it?
       *[other] “{ $name }” has { $count } authority rules. What should happen to them?
    }
role-held-by =
    { $count ->
        [one] 1 person has the role “{ $name }”, and moves to the role you choose.
       *[other] { $count } people have the role “{ $name }”, and move to the role you choose.
    }
move-rules-to = Move the rules to
delete-rules-too = Delete the rules too
delete-role = Delete the role
up-to = up to { $amount }
to-authority = Who may decide what

## Counter: values and authority
what-may-i-decide = What may I decide?
choose-your-role = Your role
you-may-decide = As { $role } you may decide this yourself
nothing-for-role = No authority rules for this role yet. Ask your manager.
inherited-as = Yes, as { $role }
own-rule-for = Own rule for { $role }
ask-first-about = Ask first: { $what }
as-role = As { $role }
matrix-scroll-hint = Scroll sideways to see more roles.
counter-tools = Counter tools

## Settings: backups, packs, import
settings-heading = Settings
backups-heading = Backups and sharing
backup-intro = Everything you write stays on this tablet. A backup file is the only copy outside it: download one now and then, and keep it somewhere safe.
download-backup = Download a full backup
share-backup = Share a backup…
export-failed = The file could not be made: { $detail }
pack-heading = Share with another business
pack-intro = A pack holds the standards, scripts, values and authority rules you pick, and never anything about people.
make-pack = Make a pack…
pack-name = Name of the pack
pack-name-hint = Used in the file name, for example your business's name.
pick-areas = Standards, by area
pick-scripts = Scripts
pick-values = Values
pick-rules = Authority rules
download-pack = Download the pack
share-pack = Share the pack…
pack-empty = Pick at least one thing to share.
import-heading = Import a file
import-intro = Choose a Vertskap backup or pack, or drop it here. Nothing changes until you have seen what the file holds and said yes.
choose-file = Choose a file to import
drop-here = …or drop a file here
reading-file = Reading the file…
file-refused = This file cannot be imported, and nothing was changed. { $why }
preview-backup = A backup made on { $date }
preview-pack = A pack made on { $date }
count-new = New: { $n }
count-updated = Newer in the file: { $n }
count-unchanged = Unchanged: { $n }
count-older = Older in the file (kept as here): { $n }
count-conflicts = Changed on both sides: { $n }
count-deleted-here = Deleted on this tablet, still in the file (stay deleted): { $n }
check-in-conflicts-newer = { $n ->
    [one] 1 check-in changed on both sides keeps its newer copy.
   *[other] { $n } check-ins changed on both sides keep their newer copy.
}
bring-back-deleted = Bring back what was deleted on this tablet
links-left-out = { $n ->
    [one] 1 link to a record that is not in this file is dropped.
   *[other] { $n } links to records that are not in this file are dropped.
}
records-left-out = { $n ->
    [one] 1 record that belongs to something not in this file is left out.
   *[other] { $n } records that belong to something not in this file are left out.
}
unknown-sections-kept = This file also holds { $names }, which this version of Vertskap cannot show. They are kept and go out again in backups.
conflicts-heading = Changed on both sides: which copy stays?
on-this-tablet = On this tablet
in-the-file = In the file
keep-mine = Keep this tablet's
take-theirs = Take the file's
import-mode = How to import
mode-merge = Merge: add what is new, update what is newer in the file, keep the rest
mode-replace = Replace everything on this tablet with the file
replace-warning = Everything on this tablet is replaced. A backup of what is here now is kept first, and can be downloaded from this page.
import-now = Import
importing = Importing…
reading-progress = Reading the file
backup-progress = Writing the backup
import-progress = Import progress
import-done = The file was imported.
import-failed = The import failed and nothing was changed.
kept-backup = Download the backup made before the replace of { $when }
kept-backup-earlier = Download the backup made before an earlier replace

## Updates, storage, backups on this device
update-region = App update
update-ready = Update available: a new version of Vertskap is ready.
update-reload = Reload to update
storage-warning-region = Keeping your data
storage-warning = This browser has not promised to keep Vertskap's data. It may clear it when the device runs short of space or the app goes unused for a while. A backup file keeps your work safe.
save-backup-now = Back up now
got-it = Got it
reminder-region = Backup reminder
reminder-never =
    { $days ->
        [one] No backup has been saved yet, and your first entries are 1 day old.
       *[other] No backup has been saved yet, and your first entries are { $days } days old.
    }
reminder-since =
    { $days ->
        [one] The last backup is 1 day old, and things have changed since.
       *[other] The last backup is { $days } days old, and things have changed since.
    }
reminder-why = A backup file is the only copy of your data outside this device.
not-now = Not now
storage-heading = Storage on this device
storage-checking = Asking the browser…
storage-persistent = This browser has promised to keep Vertskap's data until you delete it yourself.
storage-best-effort = This browser keeps Vertskap's data only as long as it likes: it may delete it without asking when the device runs short of space, and Safari deletes it after seven days without a visit unless Vertskap is added to the home screen. Save a backup file regularly and keep it somewhere else.
storage-unsupported = This browser cannot promise to keep data at all. Save a backup file regularly and keep it somewhere else.
storage-usage = In use: { $used } of about { $quota } this browser allows.
ask-to-keep = Ask the browser to keep the data
reminder-every = Remind me to save a backup after
reminder-days =
    { $days ->
        [one] 1 day
       *[other] { $days } days
    }
reminder-off = Never
last-backup = Last backup saved from this device: { $date }.
no-backup-yet = No backup has been saved from this device yet.
business-profile = Vision and promises

## Empty sections
page-not-found = This page does not exist.

## Failures
unavailable-heading = Your data cannot be kept in this browser
cannot-open-heading = Vertskap cannot open your data right now
unavailable-body = Vertskap keeps everything on this device, in the browser's own storage, and this browser does not allow that right now. Anything you typed would be lost, so the app stops here.
unavailable-advice = Open Vertskap in a normal (not private) window, allow site data for this page in the browser's settings, or try another browser.
technical-detail = Technical detail: { $detail }
try-again = Try again
crash-heading = Something went wrong
crash-body = Your data is safe: everything you saved is kept in this browser. Reload the page to carry on.
reload = Reload

## The seven host parameters (built-in areas)
host-know-expectations = Know the customer's expectations
host-give-a-little-more = Give a little more than expected
host-easy-to-reach = Easy to reach, quick to respond
host-care-selling = Care-selling
host-clean-and-tidy = Clean and tidy surroundings
host-last-impression = Last impression and return visits
host-wow-effect = The wow effect

## Channels
channel-in-person = In person
channel-phone = Phone
channel-written = E-mail and chat
channel-any = Any channel

## Complaint stages: short names, then the first words of each (the business rewords them)
stage-listen = Listen
stage-apologise = Apologise
stage-find-out = Find out what happened
stage-offer-solution = Offer a solution
stage-compensate = Compensate
stage-follow-up = Follow up
stage-tell-improvement = Tell what was improved
guidance-listen = Let the guest finish. Ask, then repeat back in your own words what you heard, and thank them for telling you.
guidance-apologise = Say sorry for how it turned out, plainly and without excuses.
guidance-find-out = Ask calm questions until you know what happened.
guidance-offer-solution = Offer a solution, ideally one that suits this guest in particular.
guidance-compensate = If it is fair, offer something extra, but only now: never as the first move.
guidance-follow-up = Check with the guest that it was put right, and tell the team so it does not happen again.
guidance-tell-improvement = Let the guest know what you changed because they spoke up.

## Starter roles
role-extra-help = Extra help
role-staff = Staff
role-shift-lead = Shift lead
role-manager = Manager

## Language
language-label = Language
language-follow-browser = As the browser: { $language }
language-not-loaded = { $language } could not be loaded: this device has not fetched it yet and has no connection now. Connect to the internet and choose it again.

## Files refused
file-empty = The file is empty.
file-too-large = The file is { $megabytes } MB; Vertskap reads files up to { $max } MB.
file-binary = This is not a text file (perhaps a picture or a document). Choose a Vertskap .json file.
file-not-utf8 = The file is not UTF-8 text (at byte { $byte }). It may have been saved by another program.
file-not-json = The file is not JSON: it goes wrong at line { $line }, column { $column }.
file-truncated = The file stops in the middle: it was probably cut short while copying. Export it again.
file-too-deep = The file nests lists inside lists too deeply to be a Vertskap file.
file-not-vertskap = This JSON file was not made by Vertskap.
file-too-new = This file was made by a newer Vertskap (format { $version }) — update the app first.
file-unknown-version = The file does not say which Vertskap format it uses.
at-place = { $place }: { $problem }
expected-found = expected { $expected }, found { $found }
field-missing = this required field is missing
not-a-date-time = not a real date and time
not-an-id = not a valid id
id-twice = the id { $id } is used twice
points-nowhere = points to { $id }, which is not in the file
expect-text = text
expect-whole-number = a whole number
expect-number = a number
expect-true-or-false = true or false
expect-list = a list
expect-object = an object
expect-id = an id
expect-date-time = a date and time
found-nothing = nothing
found-true-or-false = true or false
found-number = a number
found-text = text
found-list = a list
found-object = an object

## Field problems
need-title = Give the standard a title.
need-area-name = Give the area a name.
need-step = Add at least one step.
need-value-name = Give the value a name.
need-role-name = Give the role a name.
need-rule-situation = Describe the situation.
need-rule-may = Write what the role may do.
need-role = Choose a role.
required = This field is required.
unknown-area = That area no longer exists: choose another.
too-long = This is too long: at most { $max } characters.
duplicate-area-name = Another area already has this name.
too-many-steps = At most { $max } steps.
say-or-do = Write what to say, what to do, or both.
unknown-role = That role no longer exists: choose another.
amount-not-a-number = Write the amount as a number, for example 500 or 49,90.
amount-not-positive = The amount must be more than zero.
amount-too-large = That is more than anyone decides alone: at most { $max }.
amount-too-many-decimals = Use at most two decimals.
backbone-broken = The complaint steps must keep their order: listen, apologise, find out what happened, offer a solution, compensate, follow up, tell what was improved.

target-not-positive = The target must be more than zero.
end-before-start = The end must not be before the start.
not-a-date = Write the date as year-month-day, for example 2026-03-09.
no-such-day = That day does not exist.
value-not-a-number = Write a number, for example 3 or 49,90.
value-negative = The number cannot be negative.
value-not-whole = Use a whole number.
value-outside-scale = Choose a whole step from { $min } to +{ $max }.
done-is-zero-or-one = Done is 1, not done is 0.
value-too-large = That is too large: at most { $max }.
target-always-met = Every period would meet this target: choose one that asks for something.
unknown-person = That person no longer exists: choose another.
note-about-non-participant = This note is about someone no longer in the conversation. Choose who it is about, or add them back.
unknown-goal = That goal no longer exists.
unknown-standard = That standard no longer exists: choose another.
outside-goal-dates = The date is outside the goal's start and end.
already-done = This is already marked done for that day.
pass-mark-outside = The pass mark must be a whole number from 1 to 100 (percent).
checklist-needs-items = The checklist needs at least one item to check.
weight-outside = The weight must be 1, 2 or 3.
item-target-outside = The target must be a whole number from 0 up.
answer-does-not-fit = The answer does not fit the item (a scale step on a yes/no question, for example).
due-before-visit = The due date cannot be before the visit.

## Storage failures
quota-exceeded = The device is out of storage space, so the change was not saved. When space runs out, the browser may delete Vertskap's data: save a backup now, then free some space on the device.
lost-data-heading = Vertskap's data is gone from this browser
lost-data-what = { $records ->
    [one] When Vertskap was last used here, this device held 1 record, last changed { $date }.
   *[other] When Vertskap was last used here, this device held { $records } records, last changed { $date }.
} The browser has deleted them, which browsers may do when a device runs out of space.
lost-data-last-backup = The last backup saved from this device is from { $date }. Choose it in Settings to bring everything back.
lost-data-no-backup = No backup was saved from this device. If another tablet or a colleague has one, restore that in Settings.
lost-data-restore = Restore from a backup
lost-data-start-again = Start again without it
storage-blocked = Vertskap is open in another tab with an older version. Close the other tabs, then reload this one.
data-too-new = Your data was saved by a newer version of Vertskap. Reload the page to get the newest version.
upgraded-elsewhere = A newer version of Vertskap was opened in another tab or window. Reload this one to carry on with it; everything saved is kept.
write-failed = The change could not be saved, and nothing of it was kept. Try again. ({ $detail })
read-failed = Your saved data could not be read. Reload the page to try again. ({ $detail })

## Starter kit
starter-region = Starter kit
starter-heading = Start from a starter kit?
starter-intro = The starter kit fills Vertskap with example standards for the seven areas of good hosting, scripts for everyday situations, practice cases, values and authority rules. Change or delete whatever does not fit your business. Or start with a blank page.
start-from-kit = Start from the starter kit
start-blank = Start blank
starter-loading = Loading the starter kit…
starter-failed = The starter kit could not be loaded: { $detail }
starter-not-stored = The starter kit could not be saved on this device. Nothing of it was kept.
starter-kit-heading = Starter kit
starter-kit-intro = Load the examples of the starter kit in the current language. What you already have, or have changed, stays as it is; only what is missing is added.
load-starter-kit = Load the starter kit
starter-loaded =
    { $count ->
        [0] The starter kit is loaded. Nothing was missing.
        [one] The starter kit is loaded: 1 new item.
       *[other] The starter kit is loaded: { $count } new items.
    }

## Goals: the team overview
goals-heading = Goals
goals-intro = What each person and the whole team are working towards, and who is on track this period.
people-link = People
new-goal = New goal
hold-conversation = Hold a host conversation
praise-link = Praise
question-bank-link = Question bank
conversations-due-heading = Host conversations due
conversation-due-since = { $name }: due since { $date }
this-period-heading = Who is on track
whole-team = The whole team
key-figures-heading = Key figures
key-figure-economic = Economy
key-figure-customer = Customers
key-figure-service = Service
key-figure-employee = Staff
on-track-yes = On track
on-track-no = Behind
on-track-unknown = Nothing to go by yet
no-goals-yet = No goals yet. A goal says what a person or the whole team will do more of (or less of), and how you count it, for example sales from care-selling per week.
no-goals-for-person = No goals yet.
target-at-least = at least { $target }
target-at-most = at most { $target }
progress-now = { $period }: { $value } (target { $target })
nothing-logged-yet = { $period }: nothing logged yet
standing-reached = { $period }: { $value } of { $target }, reached
standing-to-go = { $period }: { $value } of { $target } so far, { $to_go } to go by { $by }
standing-to-go-today = Today: { $value } of { $target } so far, { $to_go } to go
not-yet-today = Not yet today
standing-within = { $period }: { $value } so far, at most { $target }
standing-over = { $period }: { $value }, over the limit of { $target }
standing-score = { $period }: average { $value } so far (target { $target })
weekday =
    { $day ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
group-on-track = On track
group-behind = Behind
group-nothing-yet = Nothing logged this period
current-day = Today
current-week = This week
current-month = This month
current-quarter = This quarter
streak =
    { $count ->
        [one] Reached 1 period in a row
       *[other] Reached { $count } periods in a row
    }
streak-at-least = Reached { $count } or more periods in a row
tap-plus-one = +1 { $title }
tap-done = Done today: { $title }
log-goals = Log a goal
log-goals-heading = Log today
no-goals-at-counter = No goals to log yet. A manager sets them under Goals.
done-today = Done today
done-today-already = Done today ✓
logged = Logged.
check-in-logged = Logged: { $value }.
undo-check-in = Undo the check-in for { $title }
check-in-undone = Undone. Nothing was logged.
amount-for = Amount for { $title }
log-it = Log
score-for = Score for { $title }

## Goals: writing one
edit-goal = Edit goal
goal-title = What is the goal?
goal-title-hint = For example: care-selling, or greeting every guest within ten seconds.
owner = Whose goal
goal-kind-label = How it is counted
kind-done = Done or not, each day
kind-count = A count, such as sales from care-selling
kind-amount = An amount, such as sales in kroner
kind-score = A score from −2 to +2
target = Target
target-is = The target is
direction-at-least = At least
direction-at-most = At most
period-label = Counted per
period-day = Day
period-week = Week (Monday to Sunday)
period-month = Month
period-quarter = Quarter
start-label = Start
end-label = End (optional)
status-label = Status
status-active = Active
status-reached = Reached
status-dropped = Dropped
key-figure-label = Key figure
no-key-figure = None
linked-standard = Standard it serves (optional)
no-linked-standard = None
goal-not-found = This goal does not exist (any more).
back-to-goals = Back to goals
delete-goal = Delete goal
delete-goal-question = Delete this goal and every check-in logged for it? This cannot be undone.
delete-for-good = Delete for good
delete-reflection = Delete reflection
delete-praise = Delete praise
delete-conversation = Delete conversation
delete-note-question = Delete this for good? It cannot be undone.
edit-reflection-of = Edit the reflection of { $date }
edit-praise-of = Edit the praise of { $date }
edit-conversation-on = Edit the conversation on { $date }
edit-praise-heading = Edit praise
praise-not-found = This praise does not exist (any more).
back-to-praise = Back to praise
conversation-not-found = This conversation does not exist (any more).

## Goals: progress and check-ins
progress-heading = Progress
trend-heading = Over time
trend-table-caption = “{ $title }” per period
target-line-label = Target: { $target }
so-far = so far
week-short = W{ $week }
period-column = Period
value-column = Logged
result-column = Result
verdict-achieved = Reached
verdict-missed = Not reached
verdict-open = Still open
verdict-not-judged = Goal did not cover the whole period
week-label = Week { $week }, { $year }
month-label =
    { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
quarter-label = Q{ $quarter } { $year }
check-in-heading = Log a check-in
check-in-date = Date
check-in-value = Value
check-in-done = Done that day
check-in-count = How many
one-less = One less
one-more = One more
check-in-amount = Amount ({ $currency })
check-in-score = Score
check-in-note = Note
save-check-in = Save check-in
recent-check-ins = Check-ins
no-check-ins-yet = Nothing logged yet.
edit-check-in = Edit the check-in of { $date }
delete-check-in = Delete the check-in of { $date }
check-in-saved = Saved.
goal-of = Goal of { $name }

## People
people-heading = People
people-intro = Everyone whose goals, conversations and praise you keep here. Deleting a person deletes everything about them.
add-person = Add person
new-person = New person
edit-person = Edit person
person-name = Name
started = Started
next-conversation-due = Next host conversation
next-conversation-hint = Each participant’s next conversation is set to this date. Leave it empty to keep the dates they have.
still-works-here = Still works here
has-left = Has left
no-people-yet = No people yet. Add the people you work with to give them goals and hold host conversations.
no-one-to-praise = No one to praise yet: add the people you work with first.
no-roles-for-people = Add a role under “Who may decide what” first: every person has one.
person-not-found = This person does not exist (any more).
back-to-people = Back to people
new-goal-for = New goal for { $name }
write-reflection = Write an end-of-shift reflection
give-praise = Give praise
reflections-heading = End-of-shift reflections
praise-received-heading = Praise received
conversations-heading = Host conversations
nothing-yet = Nothing yet.
erase-person = Delete { $name } and everything about them
erase-question =
    { $count ->
        [one] This deletes { $name } and 1 record about them. Nothing that names them is left. It cannot be undone.
       *[other] This deletes { $name } and { $count } records about them. Nothing that names them is left. It cannot be undone.
    }
erase-detail = Goals: { $goals }. Check-ins: { $check_ins }. Reflections: { $reflections }. Praise: { $praise }. Conversations changed or deleted: { $conversations }.
erase-also-backups = { $n ->
    [one] A backup kept before a replace names them: it is deleted too.
   *[other] { $n } backups kept before a replace name them: they are deleted too.
}
erased = { $name } and everything about them was deleted.

## Host conversations
conversation-heading = Host conversation
conversation-intro = A short talk, two or three people at a time, about how guests are met. Pick the questions, write down what you agree, and set goals together.
participants = Who takes part
questions-to-ask = Questions
no-questions-yet = The question bank is empty. Add questions to it, or write notes without them.
notes-on = Notes: { $question }
note-about = Who is the note about?
note-shared = Everyone in the conversation
note-only-about = Only { $name }
note-about-absent = Only { $name } (no longer in this conversation)
note-about-hint = A note about one person shows only on that person’s page; a note for everyone shows on each of theirs.
goal-from-conversation = A goal from this conversation (optional)
goal-from-conversation-hint = Each person taking part gets this goal as their own.
save-conversation = Save the conversation
conversation-on = Host conversation on { $date }
with-people = With { $names }

## End-of-shift reflection
reflection-heading = End-of-shift reflection
reflection-intro = One minute at the end of the shift. Short answers are fine; they are for your next host conversation.
who-reflects = Who
went-well = Which meeting with a guest today are you pleased with? What made it work?
went-badly = Did something go badly today? What happened?
not-as-planned = Where did something take a different turn than you had planned, and what do you think caused it?
do-differently = Your words, your reading of the guest, your body language: is there anything you would do differently?

## Praise
praise-heading = Praise
praise-intro = Say what a colleague did, and who did it. Specific praise gets good work repeated.
praise-from = From (optional)
praise-from-nobody = Not given
praise-to = To
praise-what = What did they do?
praise-what-hint = For example: remembered a regular's name and usual order.
recent-praise = Recent praise
no-praise-yet = No praise yet.
praise-given = To { $to }, from { $from }
praise-given-by-someone = To { $to }
praise-counts-heading = Praise received
praise-total = In all

## Question bank
question-bank-heading = Question bank
question-bank-intro = The questions you choose from in host conversations. Reword them so they sound like you.
new-question = New question
add-question = Add question
question-text = Question

## Visits
visits = Visits
visits-heading = Visits and checklists
visits-intro = Walk the business with a checklist made from your standards – yourselves, with a mystery shopper, or at another business – and see, area by area, where you stand.
checklists-heading = Checklists
no-checklists = No checklists yet. Make the first one from your standards.
new-checklist = New checklist
start-visit = Start a visit
edit-checklist = Edit checklist
checklist-item-count =
    { $count ->
        [one] 1 item
       *[other] { $count } items
    }
visits-list-heading = Visits made
no-visits = No visits yet. Start one from a checklist.
visit-unfinished = Not finished
visit-kind-self-audit = Self-audit
visit-kind-mystery-shopper = Mystery shopper
visit-kind-other-business = Visit to another business
score-percent = { $percent }%
nothing-scored = Nothing scored
verdict-passed = Passed
verdict-below = Below the pass mark
verdict-critical = Failed: a critical item fell short
new-checklist-intro = Choose the standards to check. Each item starts as the standard’s “How it is measured”, and you can reword it before saving.
checklist-name = Checklist name
choose-standards = Standards to check
whole-area = The whole area “{ $name }”
continue-to-items = On to the items
choose-at-least-one = Choose at least one standard, or start with your own questions.
start-with-own-questions = Start with your own questions
pass-mark-label = Pass mark (%)
section-heading = Section heading
item-text = What is checked
answer-kind-label = Answer
answer-yes-no = Yes / no
answer-scale = Scale 1–4
answer-number = Number with a target
item-target = Target
item-unit = Unit (for example seconds)
weight-label = Weight
critical-label = Critical: if this falls short, the whole visit fails
remove-item = Remove item
add-item-question = Add a question
add-section = Add a section of your own questions
own-questions = Own questions
from-standard = From the standard “{ $title }”
delete-checklist = Delete checklist
delete-checklist-question = Delete this checklist? Visits made with it keep their answers.
checklist-not-found = Checklist not found
back-to-visits = ← Visits
visit-not-found = Visit not found
visit-date = Date
visit-kind-label = Kind of visit
visited-by = Who did it
not-given = Not given
shopper-name = Name of the visitor (optional)
business-visited = The business visited
answer-yes = Yes
answer-no = No
answer-not-applicable = Not applicable
scale-step1 = 1 Poor
scale-step2 = 2 Below expectations
scale-step3 = 3 Good
scale-step4 = 4 Very good
number-answer = Answer (number)
item-target-at-most = Target: at most { $target } { $unit }
item-target-at-least = Target: at least { $target } { $unit }
visit-saved = Saved.
visit-not-saved = The last answer was not saved. Please try again.
finish-visit = Mark the visit finished
visit-finished-on = Finished on { $date }.
unanswered-left =
    { $count ->
        [one] 1 item is not answered yet.
       *[other] { $count } items are not answered yet.
    }
result-heading = Result
section-column = Section
share-column = Share of the points
total-row = Total
pass-mark-is = Pass mark: { $percent }%
critical-badge = Critical
weight-badge = Weight { $weight }
follow-up-heading = Follow-up
make-follow-up = Make a follow-up action
follow-up-what = What is to be done
follow-up-who = Who follows it up
follow-up-due = Due
follow-up-done = Done
train-with = Practise this with:
former-colleague = a former colleague
delete-visit = Delete visit
delete-visit-question = Delete this visit and all its answers?
area-trend-heading = Areas over time
area-trend-intro = Each area’s share of the points in the latest finished visits, your own visits and visits to others apart.
own-visits = Own visits
others-visits = At others
visits-of-standard = From the visits
held-up = Held up
fell-short = Fell short
open-actions = Open follow-up actions
due-on = due { $date }

## Visits: print
print-blank-checklist = Print a blank checklist
print-report = Print the report

## Visits: numbers
write-whole-number = Write a whole number, for example 8.

## Visits: packs
pick-checklists = Checklists for visits

## Visits: result
result-so-far = Result so far
area-column = Area

## Customer ratings
rating-very-bad = Very bad
rating-bad = Bad
rating-good = Good
rating-very-good = Very good
rating-question-default = How was your visit today?
rating-thanks = Thank you!
rating-why = Would you tell us what it was about?
reason-waiting = Waiting
reason-friendliness = Friendliness
reason-product = The product
reason-cleanliness = Cleanliness
counter-rating = Customer rating
rating-scale = Answers
ratings-heading = Customers’ ratings
ratings-intro = What customers tapped on their way out. The share of good answers always has the number of answers beside it, and with too few answers the report says nothing.
no-ratings-yet = No ratings yet. Open “Customer rating” in counter mode and let customers tap on their way out.
too-few-answers = Too few answers to say ({ $answers } answers)
share-good = { $percent }% good ({ $answers } answers)
all-ratings = All answers
by-week = Week by week
week-column = Week
good-share-column = Share good
by-weekday-and-hour = Weekday and hour
hour-column = Hour
reasons-given = Reasons given
see-ratings = Customers’ ratings

## Customer ratings: report
answers-column = Answers

## Customer ratings: setup
rating-setup-heading = Question and reasons
rating-question-label = The question on the screen
rating-reasons-label = Reasons a guest can tap after a bad answer, one a line
rating-too-few-label = Fewer answers than this give no share
too-few-at-least-one = Write at least 1.

## Complaints
due-before-complaint = The due date cannot be before the complaint.
no-consent = Contact details can only be kept when the customer has agreed. Tick the consent box, or leave the field empty.

## Complaints: words
complaint-heading = Complaint
complaint-said-label = What the customer said
compensation-label = Compensation

## Complaints: screens
customers-section = Customers
complaints-heading = Complaints
complaints-intro = Complaints logged at the counter, and their follow-up. A case is closed when every action is done and the customer has heard what you improved.
log-complaint = Log a complaint
open-cases = Open cases ({ $count })
closed-cases = Closed cases ({ $count })
no-open-cases = No open cases.
no-complaints-yet = No complaints logged yet. Log them in counter mode, or with the button above.
overdue-badge = Overdue
open-badge = Open
closed-on = Closed { $date }
complaint-of = Complaint of { $date }
complaint-not-found = Complaint not found
back-to-complaints = ← Complaints
complaint-when = When
done-on-the-spot = Done on the spot
nothing-done-on-the-spot = Nothing ticked
compensation-hint = Amount in { $currency }. Leave it empty if the customer was given nothing.
logged-by = Logged by
approved-by-label = Approved by
above-limit = That is more than { $who } may give without asking ({ $limit }). Which manager approved it?
no-limit-for = { $who } may not give compensation without asking. Which manager approved it?
nobody-logged = Nobody is chosen as logging it. Which manager approved the compensation?
need-approver = Choose the manager who approved the compensation.
cause-label = Cause
no-cause = No cause chosen
contact-label = The customer's contact details (optional)
consent-label = The customer agreed that we keep this to contact them
contact-kept-hint = Deleted automatically { $days ->
        [one] one day
       *[other] { $days } days
    } after the case is closed.
save-complaint = Log the complaint
complaint-logged = The complaint is logged. The manager will follow it up.
log-another = Log another
actions-heading = Actions
add-action = Add an action
remove-action = Remove the action
no-actions = No actions yet. What will you do so it does not happen again?
customer-told-heading = Has the customer heard what you improved?
not-yet = Not yet
told-on = Yes, the customer was told
told-day = The day the customer was told
no-contact-wanted = The customer wanted no contact
patterns-heading = Complaints per cause and month
edit-complaint = Edit the complaint
delete-complaint = Delete the complaint
delete-complaint-question = Delete the complaint with all its actions? This cannot be undone.
complaints-about-standard = Complaints tagged to this standard
compensation-approved = { $amount }, approved by { $who }
no-compensation = None
contact-days-label = Delete customers' contact details this many days after a complaint case closes
contact-days-saved = Saved.
case-status = Status
complaint-not-saved = The change was not saved. What you see now is what is stored: try again.

## Goals: the share of good ratings
kind-good-ratings = The share of good answers guests tap at the counter, in percent
percent-value = { $percent }%
standing-share = { $period }: { $share } (target { $target })
counted-from-ratings = This goal is counted from the guests' ratings at the counter, and takes no check-ins.
good-ratings-target-hint = A whole number of percent, at most 100. Periods with too few answers are not judged.

## Goals: the share of good ratings, verdict
verdict-too-few = Too few answers to say

## Complaints: screens, short words
contact-heading = Contact
new-action-label = New action: what is to be done?
month-short =
    { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }

## Goals: a goal's kind stays
kind-fixed-hint = How the goal is counted cannot change once it is made: its check-ins were counted that way. Make a new goal to count differently.

## Complaints: a cause gone, numbered labels
cause-removed = (deleted)
numbered-label = { $label } ({ $n })

## Knowledge check
nothing-to-draw = These areas and kinds of question give no question to draw. Choose more, or write some questions yourself.

## Knowledge check: questions written by hand
one-right-choice = Mark exactly one right answer.
too-few-choices = Write at least two answers or steps, and leave none empty.

## Knowledge check: words
knowledge-check-heading = Knowledge check
question-count-label = Number of questions

## Knowledge check: screens
knowledge-checks-heading = Knowledge checks before the first shift
knowledge-intro = Questions made from your own standards, scripts, values and authority, and some you write yourselves. A new person takes the check in counter mode; here you see who is ready.
new-check = New check
edit-check = Edit the check
no-checks = No checks yet. Make one, and its questions are made from what you have already written.
check-title-label = Name of the check
check-areas-label = Areas (none chosen: all)
check-kinds-label = Kinds of question
kind-authority-question = What you may decide yourself
kind-script-order-question = A script's steps in order
kind-first-line-question = What you say when …
kind-standard-question = Which standard an example belongs to
kind-value-question = Which value an example shows
kind-own-question = Your own questions
reveal-label = Show the right answer
reveal-after-each = After each answer
reveal-at-end = At the end
refresher-label = Check again after this many months (empty: never)
own-questions-heading = Your own questions
add-single-choice = New question with one right answer
add-true-false = New true-or-false question
add-order-question = New question about order
add-free-text = New question with a free answer
question-label = Question
choice-label = Answer
right-choice-label = This one is right
step-label = Step
model-answer-label = A good answer, for whoever marks it
statement-true = The statement is true
remove-question = Remove the question
source-missing = The standard or script this question was about has been deleted. Look the question over.
readiness-heading = Who is ready for the first shift?
ready-since = Ready since { $date }
passed-on = Passed { $date } ({ $percent }%)
not-passed-yet = Not passed yet
refresher-due = Due for a new check
sign-off = Sign { $name } off as ready
to-mark-heading = Answers to mark
mark-right = Right
mark-wrong = Wrong
counter-knowledge = Knowledge check
who-is-taking = Who is taking the check?
start-check = Start
question-of = Question { $n } of { $total }
answer-it = Answer
next-question = Next
answered-right = Right!
answered-wrong = Not quite. The right answer: { $answer }
from-source = From: { $name }
check-passed = Passed! { $percent }% right.
check-failed = Not passed yet: { $percent }% right, { $mark }% needed.
check-waits-for-marking = An answer waits for the manager to mark it.
retake-wrong = Retake { $count ->
        [one] the wrong one
       *[other] the { $count } wrong ones
    }
authority-prompt = { $situation }: may someone who is { $role } “{ $may }” for { $amount } without asking?
order-prompt = Put the steps of “{ $title }” in order.
first-line-prompt = { $situation } What do you say?
standard-prompt = Which standard does this belong to: “{ $example }”?
value-prompt = Which value does this show: “{ $example }”?
true-answer = True
false-answer = False
your-answer-label = Your answer
see-knowledge-checks = Knowledge checks
check-saved = The check is saved.

## Knowledge check: more words
source-label = About (optional)
delete-check-question = Delete the check? The attempts already taken stay with each person.
attempt-not-saved = The result was not saved. Take the check again.

## Knowledge check: packs
pick-checks = Knowledge checks (with their own questions, never anyone's attempts)

## Knowledge check: order answers
not-quite-order = Not quite. The right order:

## Knowledge check: after review
whole-number-range = Write a whole number from { $min } to { $max }.
choose-your-name = Choose your name
nothing-to-draw-at-counter = This check has no questions to ask right now. Tell a manager.
add-choice = Add an answer
answered-wrong-mark = Wrong

## Service drip
story-needs-consent = Ask the person the story names whether that is all right, and tick the box once they have said yes. Or take the name out.
unknown-value = That value no longer exists: choose another.
need-story-title = Give the story a title.
need-story-text = Tell what happened.
need-square-text = Write what to do in this square.

## Service drip records
service-meeting-heading = Weekly service meeting
service-story-heading = Service story
service-bingo-heading = Service bingo
focus-standard-label = Standard of the week
story-title-label = Title
story-text-label = What happened
bingo-square-number = Square { $n }
square-ticked = Ticked
square-unticked = Not ticked
prompt-went-well = A customer meeting that went well: what happened, and why did it go well?
prompt-went-badly = A customer meeting that went badly: what happened, and why?
prompt-colleague-solved = How did a colleague handle a tricky situation?
prompt-other-ways = What other ways could the same situation have been handled?

## Weekly service meeting
no-focus-chosen = No standard chosen
no-story-chosen = No story chosen
print-meeting = Print the meeting
weeks-nav = Weeks
previous-week = Previous week
next-week = Next week
last-week-heading = Last week at a glance ({ $week })
choose-focus-standard = The standard the team keeps in mind this week
focus-shown-at-counter = Counter mode shows it all week.
story-of-the-week = Story of the week
choose-story = The story told this week
write-story-link = Write a new story
story-about = About { $name }
team-discussion-heading = Team discussion
save-meeting = Save the meeting
meeting-saved = The meeting is saved.
past-meetings-heading = Past meetings
visit-score-line = { $title }: { $percent }%
goals-on-track = { $on_track } of { $active } on track now
nothing-recorded-that-week = Nothing was recorded that week: no customer ratings, complaints, visits or knowledge checks.
none-that-week = None
customers-ratings = Customers' ratings
opened-closed = New: { $opened }, closed: { $closed }
people-passed = { $people } passed ({ $taken } taken)

## Service stories
service-stories-heading = Service stories
stories-intro = Short accounts of guests who were served well, kept by the value each shows. Tell one at the weekly service meeting.
no-stories-yet = No stories yet. Write one, or turn a praise or a reflection into a story.
stories-without-value = No value chosen
story-not-found = Story not found
back-to-stories = Back to the stories
new-story-heading = New service story
edit-story-heading = Edit the story
story-from-praise-note = The story starts with the words of the praise. Rewrite it the way you want to tell it.
story-from-reflection-note = The story starts with what went well in the reflection. Rewrite it the way you want to tell it.
story-date-label = When it happened
story-value-label = The value it shows
no-value-chosen = No value chosen
story-person-label = The colleague it is about
no-one-named = No one named
story-asked-label = { $name } agreed to be named in this story
save-story = Save the story
delete-story = Delete the story
delete-story-question = Delete this story? Meetings where it was told will no longer show it.
## Bingo and key figures
ticked-by = Ticked by { $name }
bingo-count = { $count ->
        [one] One bingo
       *[other] { $count } bingos
    }
card-saved = The card is saved.
bingo-intro = Sixteen small extras for the week. Staff tick a square in counter mode when they did it; four in a row, a column or a diagonal is a bingo. A new card each week.
this-weeks-card = This week's card ({ $week })
draw-card = Draw squares from the standards
draw-again = Draw new squares
ticks-stay-on-squares = Ticks already made stay on their squares when you save a changed card.
save-card = Save the card
no-card-this-week = No bingo card for this week yet.
past-cards-heading = Past cards
no-card-at-counter = There is no bingo card this week. Ask a manager.
tick-square-hint = Tap a square when you did it. Tap it again to take it back.
who-did-it = Who did it? (optional)
bingo-celebration = Bingo! A full line.
tick-not-saved = The tick was not saved. Try again.
measure-good-ratings = Good ratings from customers
measure-complaints = Complaints logged
measure-visits-passed = Own visits that reached the pass mark
measure-people-passed = People who passed a knowledge check
measure-praise = Praise given
measure-items-of-standard = Points on visits for this standard
share-of = { $percent }% ({ $part } of { $whole })
too-few-to-say = Too few to say
no-change = No change
items-scored = { $percent }% ({ $answered } items)
figure-column = Figure
change-column = Change
weeks-before = Before ({ $weeks } weeks)
weeks-during = { $weeks ->
        [one] During (1 week)
       *[other] During ({ $weeks } weeks)
    }
key-figures-intro = The last { $weeks } weeks beside the { $weeks } weeks before, each with the number behind it. Shares show only once there are enough answers.
last-weeks-column = Last { $weeks } weeks
weeks-before-column = The { $weeks } weeks before
no-figures-in-group = No figures here yet. Link a goal to this group to follow it here.
focus-figures-heading = Standard of the week: before and during
no-focus-yet = No standard of the week chosen yet. Choose one at the weekly service meeting.
service-meeting-link = Weekly service meeting
service-stories-link = Service stories
service-bingo-link = Service bingo
key-figures-link = Key figures
make-story = Make it a service story
this-week-heading = This week

## Stories from praise
make-story-of-praise = Make the praise of { $date } a service story
make-story-of-reflection = Make what went well on { $date } a service story
already-a-story = Already a service story
## Key figures, too few
too-few-visits-to-say = { $count ->
        [one] Too few visits to say (1 visit)
       *[other] Too few visits to say ({ $count } visits)
    }
too-few-items-to-say = { $count ->
        [one] Too few items to say (1 item)
       *[other] Too few items to say ({ $count } items)
    }
## Meeting not saved
meeting-not-saved = The meeting was not saved. What you wrote is still here: try again.

## Knowledge check saved
attempt-saved = The result is saved.

## Drip review fixes
focus-week-not-over = A standard of the week is chosen, but the week is not over yet. Its figures come once it is.
card-not-saved = The card was not saved. The squares are still here: try again.

## Key figures, points
percent-points = { $n ->
        [one] 1 percentage point
       *[other] { $n } percentage points
    }

## Key figures, no data
no-data-yet = No data yet

## Sync
not-web-address = Write an address that starts with https://, such as https://db.example.com/cafe.
not-secure-address = The address must start with https://, so the password does not cross the network unencrypted. Only a database on this machine can use http://.
no-database-name = End the address with the database's name in lower case, such as …/cafe-centre.
own-database-needed = Staff records sync only to a database the business owns. Tick that box, or choose content only.
sync-unreachable = Could not reach the server. Check that this tablet is online and the address is right. Trying again by itself.
sync-timed-out = The server did not answer in time. Trying again by itself.
sync-wrong-password = Wrong user name or password. Correct them below and save.
sync-no-access = This user may not use this database. Ask whoever runs the server for access.
sync-database-missing = There is no database at this address. Check the name at its end, or ask whoever runs the server to create it.
sync-server-trouble = The server has a problem (error { $status }). Trying again by itself.
sync-not-a-database = The address answers, but not as a CouchDB database. Check the address.
sync-storage-failed = What came from the server was not stored here: { $detail }
sync-heading = Sync between tablets
sync-intro = Keep the tablets of one business alike through a CouchDB database. The address, user and password are kept on this tablet only, never in backups or packs.
sync-address-label = The database's address
sync-user-label = User name
sync-password-label = Password
sync-what-legend = What to sync
sync-content-only = Content only: standards, scripts, values, authority, checklists and knowledge checks
sync-everything = Everything, also staff, goals, ratings, complaints and weekly meetings
sync-own-database = The database is the business's own, and nobody else can reach it
sync-save = Save and sync
sync-now = Sync now
sync-turn-off = Turn sync off
sync-is-off = Sync is off on this tablet.
sync-never = Not synced yet.
sync-running = Syncing …
sync-progress-label = Fetched from the server
sync-fetched = { $n ->
    [one] 1 change fetched so far …
   *[other] { $n } changes fetched so far …
}
sync-last-at = Last synced { $when }.
sync-pending = { $n ->
    [one] 1 change waits to be sent.
   *[other] { $n } changes wait to be sent.
}
sync-all-sent = Everything from here is sent.
sync-offline = Offline. Changes are kept here and sent when this tablet is online again.
sync-kept-aside = { $n ->
    [one] 1 document from the server failed the checks and is kept aside:
   *[other] { $n } documents from the server failed the checks and are kept aside:
}
sync-deletions-kept = { $n ->
    [one] 1 record deleted on another tablet is kept here, as it was changed or is in use here. It goes back to the server.
   *[other] { $n } records deleted on another tablet are kept here, as they were changed or are in use here. They go back to the server.
}
sync-choices-waiting = { $n ->
    [one] 1 record was changed both here and on another tablet. Choose which copy stays.
   *[other] { $n } records were changed both here and on another tablet. Choose which copy stays.
}
on-the-server = From the other tablet
take-servers = Take the other tablet's
sync-apply-choices = Apply these choices
sync-choices-saved = The choices are stored and go to the server.
sync-attention = Sync needs you

## Sync, left out
sync-left-out = { $n ->
    [one] 1 record from another tablet belongs to something deleted here and was left out.
   *[other] { $n } records from another tablet belong to something deleted here and were left out.
}

## Sync, refused
sync-refused = { $n ->
    [one] The server refused 1 change from here. It waits here; ask whoever runs the server to look at the reason:
   *[other] The server refused { $n } changes from here. They wait here; ask whoever runs the server to look at the reason:
}
