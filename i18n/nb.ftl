app-name = Vertskap
skip-to-content = Hopp til innholdet
sections-nav = Hovedmeny
standards = Standarder
scripts = Manus
values = Verdier
authority-section = Myndighet
goals = Mål
settings = Innstillinger
opening = Åpner dataene dine…

## Standards list
standards-heading = Vertskapsstandarder
standards-intro = Dette kan alle gjester regne med hos oss, sortert etter område.
search = Søk
search-hint = Tittel, tekst eller stikkord
new-standard = Ny standard
manage-areas = Rediger områder
no-standards-yet = Ingen standarder ennå. En standard beskriver noe dere gjør for hver eneste gjest, så alle vet hvordan det ser ut når det gjøres bra. Standardene samles i områder, sju sider ved godt vertskap fra å kjenne gjestens forventninger til sisteinntrykket. Begynn med «Ny standard».
no-standards-in-area = Ingen standarder i dette området ennå.
search-matches =
    { $count ->
        [one] 1 standard passer.
       *[other] { $count } standarder passer.
    }
no-search-matches = Ingen standard passer til «{ $query }».
standard-count =
    { $count ->
        [one] 1 standard
       *[other] { $count } standarder
    }
move-up = Flytt «{ $name }» opp
move-down = Flytt «{ $name }» ned

## Standard detail and editor
why-it-matters = Hvorfor det er viktig
do = Gjør
dont = Ikke gjør
how-measured = Slik måler vi det
tags = Stikkord
area = Område
title = Tittel
not-written-yet = Ikke skrevet ennå.
edit = Rediger
delete = Slett
back-to-standards = Tilbake til standardene
edit-standard = Rediger standard
save = Lagre
saving = Lagrer…
cancel = Avbryt
one-per-line = Én handling per linje.
tags-hint = Skill stikkordene med komma.
fix-marked-fields = Ingenting er lagret ennå. Rett opp feltene som er merket.
standard-not-found = Denne standarden finnes ikke (lenger).

## Areas
areas-heading = Områder
areas-intro = De sju områdene for godt vertskap er innebygd. Legg til egne områder for alt annet, for eksempel telefon eller klager.
built-in = Innebygd
new-area-name = Navn på nytt område
add-area = Legg til område
rename-action = Gi nytt navn
rename = Gi «{ $name }» nytt navn
new-name-for = Nytt navn på «{ $name }»
delete-area = Slett «{ $name }»
move-standards-to =
    { $count ->
        [one] «{ $name }» har 1 standard. Flytt den til
       *[other] «{ $name }» har { $count } standarder. Flytt dem til
    }
move-and-delete = Flytt og slett

## Notices
deleted = «{ $title }» er slettet.
undo = Angre
dismiss = Lukk

## Scripts
scripts-heading = Manus
scripts-intro = Hva du sier og gjør i hver situasjon, steg for steg. Ved skranken finner de ansatte dem i skrankemodus.
new-script = Nytt manus
new-complaint-script = Nytt klagemanus
edit-script = Rediger manus
no-scripts-yet = Ingen manus ennå. Et manus forteller de ansatte hva de skal si og gjøre i én bestemt situasjon, for eksempel når de hilser på en gjest midt i travelheten eller svarer i telefonen.
script-not-found = Dette manuset finnes ikke (lenger).
situation = Situasjon
situation-hint = Når gjelder det? Si det slik de ansatte selv ville sagt det.
channel-label = Kanal
all-channels = Alle kanaler
steps = Steg
step-number = Steg { $n }
step-of = Steg { $n } av { $total }
say = Si
note = Merknad
step-tip = Husk
add-step = Legg til et steg
add-step-after = Legg til et steg etter steg { $n }
move-step-up = Flytt steg { $n } opp
move-step-down = Flytt steg { $n } ned
remove-step = Fjern steg { $n }
backbone-step = Klagebehandling: { $stage }
practice-case = Øvingsoppgave
practice-case-hint = Bruk dette manuset til øving i skrankemodus.
pin-in-counter = Fest i skrankemodus
pinned-badge = Festet
complaint-badge = Klage
step-count =
    { $count ->
        [one] 1 steg
       *[other] { $count } steg
    }
standards-it-serves = Standarder det støtter
find-standards-to-link = Finn standarder å koble til
no-standards-to-link = Ingen standarder å koble til ennå.
scripts-for-standard = Manus for denne standarden
duplicate = Lag en kopi
copy-of = { $title } (kopi)
print = Skriv ut
print-scripts = Skriv ut manus
paper-size = Papirstørrelse
sheets-too-long =
    { $count ->
        [one] Ett ark får ikke plass på én side selv med liten skrift, og slutten blir borte på papiret. Kort ned teksten, eller skriv det ut på et større ark.
       *[other] { $count } ark får ikke plass på én side selv med liten skrift, og slutten blir borte på papiret. Kort ned teksten, eller skriv dem ut på et større ark.
    }
scripts-matching =
    { $count ->
        [one] 1 manus passer.
       *[other] { $count } manus passer.
    }
no-scripts-match = Ingen manus passer til «{ $query }».
no-scripts-match-pinned = Ingen manus passer til «{ $query }». Her er de festede:

## Counter mode
counter-mode = Skrankemodus
counter-heading = Hva sier vi når…
find-script = Finn et manus
find-script-hint = Skriv noen bokstaver
pinned-scripts = Festet
recent-scripts = Nylig brukt
all-scripts = Alle manus
other-scripts = Andre manus
script-matches = Treff
no-scripts-for-counter = Ingen manus ennå. En leder skriver dem under Manus.
leave-counter-mode = Gå ut av skrankemodus
leave-counter-question = Vil du gå ut av skrankemodus? Da viser nettbrettet lederens sider igjen.
leave-yes = Ja, gå ut
stay = Bli her
next = Neste
back = Tilbake
finish = Ferdig
back-to-scripts = Tilbake til manus
complaint-flow = Klagebehandling
practise = Øv
practice-heading = Øving
what-would-you-do = Hva ville du sagt og gjort?
show-answer = Vis svaret
next-case = Neste oppgave
start-practice = Begynn med en tilfeldig oppgave
choose-case = Eller velg en oppgave
other-cases = Velg en annen oppgave
no-practice-cases = Ingen øvingsoppgaver ennå. En leder merker manus som øvingsoppgaver.
showing-first = Viser { $shown } av { $total }. Skriv mer for å snevre inn søket.
showing-first-standards = Viser { $shown } av { $total }.
show-more = Vis flere

## Values
values-heading = Verdier
values-intro = Det bedriften står for, skrevet ned så både ansatte og gjester kan se det.
vision-and-promises = Visjon og løfter
edit-profile = Rediger visjon og løfter
no-profile-yet = Ingen visjon, slagord eller serviceløfter er skrevet ennå.
business-name = Navn på bedriften
vision = Visjon
vision-hint = Én eller to setninger som viser retningen.
vision-numbers-hint = En visjon viser retningen og har ingen tall. Tall hører hjemme i målene.
slogan = Slagord
slogan-hint = En kort setning som gjør visjonen lett å huske.
promises = Serviceløfter
promises-hint = Hva kundene kan forvente av dere, ett løfte per linje.
business-currency = Valuta for beløp i mål
our-values = Våre verdier
no-values-yet = Ingen verdier ennå. En verdi vises best med eksempler på hvordan den ser ut i arbeidshverdagen.
new-value = Ny verdi
edit-value = Rediger verdi
value-name = Navn
meaning = Hva den betyr hos oss
looks-like = Slik ser det ut
not-like = Slik ser det ikke ut
one-example-per-line = Ett eksempel per linje.
value-not-found = Denne verdien finnes ikke (lenger).
served-by = Standarder og manus som støtter den
nothing-serves-yet = Ingen standard eller manus er koblet til denne verdien ennå. Koble dem til når du redigerer dem.
values-it-serves = Verdier det støtter
poster = Plakat
poster-missing = Plakaten mangler: { $fields }. Fyll inn det som mangler under «Rediger visjon og løfter», så kommer det med på plakaten.
back-to-values = Tilbake til verdiene

## Authority
authority-heading = Hvem kan bestemme hva
authority-intro = Hva hver rolle kan bestemme der og da, uten å spørre en leder.
new-rule = Ny myndighetsregel
edit-rule = Rediger myndighetsregel
rule-not-found = Denne myndighetsregelen finnes ikke (lenger).
no-rules-yet = Ingen myndighetsregler ennå. Skriv ned hva hver rolle kan bestemme selv, så ingen trenger å gjette.
rule-situation-hint = For eksempel: en klage på en vare.
rule-may = Kan gjøre uten å spørre
rule-may-hint = For eksempel: bytte varen, gi pengene tilbake, by på en kopp kaffe.
rule-asks-about = Hva må spørres om først?
rule-ask-first = Må spørre først (kan ikke bestemme dette selv)
rule-ask-first-hint = For eksempel når en høyere rolle ikke skal få det rollen under kan. Skriv under «Merknader» hvem som må spørres.
limit = Opptil et beløp (valgfritt)
limit-hint = La feltet stå tomt hvis det ikke er noen grense.
currency-label = Valuta
notes = Merknader
role-label = Rolle
roles = Roller
new-role-name = Navn på ny rolle
add-role = Legg til rolle
delete-named = Slett «{ $name }»
role-has-rules =
    { $count ->
        [one] «{ $name }» har 1 myndighetsregel. Hva skal skje med den?
       *[other] «{ $name }» har { $count } myndighetsregler. Hva skal skje med dem?
    }
role-held-by =
    { $count ->
        [one] 1 person har rollen «{ $name }» og flyttes til rollen du velger.
       *[other] { $count } personer har rollen «{ $name }» og flyttes til rollen du velger.
    }
move-rules-to = Flytt reglene til
delete-rules-too = Slett reglene også
delete-role = Slett rollen
up-to = opptil { $amount }
to-authority = Hvem kan bestemme hva

## Counter: values and authority
what-may-i-decide = Hva kan jeg bestemme selv?
choose-your-role = Din rolle
you-may-decide = Som { $role } kan du bestemme dette selv
nothing-for-role = Ingen myndighetsregler for denne rollen ennå. Spør lederen din.
inherited-as = Ja, som { $role }
own-rule-for = Egen regel for { $role }
ask-first-about = Spør først: { $what }
as-role = Som { $role }
matrix-scroll-hint = Dra sidelengs for å se flere roller.
counter-tools = Verktøy ved skranken

## Settings: backups, packs, import
settings-heading = Innstillinger
backups-heading = Sikkerhetskopier og deling
backup-intro = Alt du skriver, blir liggende på dette nettbrettet. En sikkerhetskopi er den eneste kopien utenfor det. Last ned en nå og da, og ta godt vare på den.
download-backup = Last ned en full sikkerhetskopi
share-backup = Del en sikkerhetskopi…
export-failed = Filen kunne ikke lages: { $detail }
pack-heading = Del med en annen bedrift
pack-intro = En pakke inneholder standardene, manusene, verdiene og myndighetsreglene du velger, og aldri noe om personer.
make-pack = Lag en pakke…
pack-name = Navn på pakken
pack-name-hint = Brukes i filnavnet, for eksempel navnet på bedriften din.
pick-areas = Standarder, etter område
pick-scripts = Manus
pick-values = Verdier
pick-rules = Myndighetsregler
download-pack = Last ned pakken
share-pack = Del pakken…
pack-empty = Velg minst én ting å dele.
import-heading = Importer en fil
import-intro = Velg en sikkerhetskopi eller pakke fra Vertskap, eller slipp den her. Ingenting endres før du har sett hva filen inneholder og sagt ja.
choose-file = Velg en fil å importere
drop-here = …eller slipp en fil her
reading-file = Leser filen…
file-refused = Denne filen kan ikke importeres, og ingenting er endret. { $why }
preview-backup = En sikkerhetskopi laget { $date }
preview-pack = En pakke laget { $date }
count-new = Nye: { $n }
count-updated = Nyere i filen: { $n }
count-unchanged = Uendret: { $n }
count-older = Eldre i filen (beholdes slik de er her): { $n }
count-conflicts = Endret begge steder: { $n }
count-deleted-here = Slettet på dette nettbrettet, fortsatt i filen (forblir slettet): { $n }
check-in-conflicts-newer = { $n ->
    [one] 1 registrering som er endret begge steder, beholder den nyeste versjonen.
   *[other] { $n } registreringer som er endret begge steder, beholder den nyeste versjonen.
}
bring-back-deleted = Hent tilbake det som ble slettet på dette nettbrettet
links-left-out = { $n ->
    [one] 1 lenke til noe som ikke er i denne filen, blir utelatt.
   *[other] { $n } lenker til noe som ikke er i denne filen, blir utelatt.
}
records-left-out = { $n ->
    [one] 1 oppføring som hører til noe som ikke er i denne filen, blir utelatt.
   *[other] { $n } oppføringer som hører til noe som ikke er i denne filen, blir utelatt.
}
unknown-sections-kept = Filen inneholder også { $names }, som denne versjonen av Vertskap ikke kan vise. Det blir tatt vare på og følger med i sikkerhetskopier.
conflicts-heading = Endret begge steder: hvilken versjon skal beholdes?
on-this-tablet = På dette nettbrettet
in-the-file = I filen
keep-mine = Behold nettbrettets
take-theirs = Bruk filens
import-mode = Slik importerer du
mode-merge = Slå sammen: legg til det som er nytt, oppdater det som er nyere i filen, og behold resten
mode-replace = Erstatt alt på dette nettbrettet med filen
replace-warning = Alt på dette nettbrettet blir erstattet. Først tas det en sikkerhetskopi av det som ligger her nå, og den kan lastes ned fra denne siden.
import-now = Importer
importing = Importerer…
reading-progress = Leser filen
backup-progress = Skriver sikkerhetskopien
import-progress = Fremdrift for importen
import-done = Filen er importert.
import-failed = Importen mislyktes, og ingenting er endret.
kept-backup = Last ned sikkerhetskopien tatt før erstatningen { $when }
kept-backup-earlier = Last ned sikkerhetskopien tatt før en tidligere erstatning

## Updates, storage, backups on this device
update-region = Oppdatering av appen
update-ready = Oppdatering tilgjengelig: en ny versjon av Vertskap er klar.
update-reload = Last inn på nytt for å oppdatere
storage-warning-region = Ta vare på dataene dine
storage-warning = Denne nettleseren har ikke lovet å ta vare på dataene i Vertskap. Den kan slette dem når enheten får lite lagringsplass, eller når appen ikke har vært brukt på en stund. Med en sikkerhetskopi er arbeidet ditt trygt.
save-backup-now = Ta sikkerhetskopi nå
got-it = Skjønner
reminder-region = Påminnelse om sikkerhetskopi
reminder-never =
    { $days ->
        [one] Ingen sikkerhetskopi er lagret ennå, og det første du skrev inn, er 1 dag gammelt.
       *[other] Ingen sikkerhetskopi er lagret ennå, og det første du skrev inn, er { $days } dager gammelt.
    }
reminder-since =
    { $days ->
        [one] Den siste sikkerhetskopien er 1 dag gammel, og noe er endret siden da.
       *[other] Den siste sikkerhetskopien er { $days } dager gammel, og noe er endret siden da.
    }
reminder-why = En sikkerhetskopi er den eneste kopien av dataene dine utenfor denne enheten.
not-now = Ikke nå
storage-heading = Lagring på denne enheten
storage-checking = Spør nettleseren…
storage-persistent = Denne nettleseren har lovet å ta vare på dataene i Vertskap til du sletter dem selv.
storage-best-effort = Denne nettleseren tar bare vare på dataene i Vertskap så lenge den selv vil. Den kan slette dem uten å spørre når enheten får lite lagringsplass, og Safari sletter dem etter sju dager uten besøk hvis ikke Vertskap er lagt til på Hjem-skjermen. Lagre en sikkerhetskopi jevnlig, og oppbevar den et annet sted.
storage-unsupported = Denne nettleseren kan ikke love å ta vare på data i det hele tatt. Lagre en sikkerhetskopi jevnlig, og oppbevar den et annet sted.
storage-usage = I bruk: { $used } av omtrent { $quota } som denne nettleseren tillater.
ask-to-keep = Be nettleseren ta vare på dataene
reminder-every = Minn meg på å lagre en sikkerhetskopi etter
reminder-days =
    { $days ->
        [one] 1 dag
       *[other] { $days } dager
    }
reminder-off = Aldri
last-backup = Siste sikkerhetskopi lagret fra denne enheten: { $date }.
no-backup-yet = Ingen sikkerhetskopi er lagret fra denne enheten ennå.
business-profile = Visjon og løfter

## Empty sections
page-not-found = Denne siden finnes ikke.

## Failures
unavailable-heading = Dataene dine kan ikke lagres i denne nettleseren
cannot-open-heading = Vertskap får ikke åpnet dataene dine akkurat nå
unavailable-body = Vertskap lagrer alt på denne enheten, i nettleserens egen lagringsplass, og denne nettleseren tillater ikke det akkurat nå. Alt du skrev, ville gått tapt, så appen stopper her.
unavailable-advice = Åpne Vertskap i et vanlig vindu (ikke privat), tillat nettstedsdata for denne siden i innstillingene til nettleseren, eller prøv en annen nettleser.
technical-detail = Teknisk informasjon: { $detail }
try-again = Prøv igjen
crash-heading = Noe gikk galt
crash-body = Dataene dine er trygge: alt du har lagret, ligger i denne nettleseren. Last inn siden på nytt for å fortsette.
reload = Last inn på nytt

## The seven host parameters (built-in areas)
host-know-expectations = Kjenn kundens forventninger
host-give-a-little-more = Gi litt mer enn forventet
host-easy-to-reach = God tilgjengelighet og rask respons
host-care-selling = Omtankesalg
host-clean-and-tidy = Rene og pene omgivelser
host-last-impression = Sisteinntrykk og gjenbesøk
host-wow-effect = Wow-effekten

## Channels
channel-in-person = Ansikt til ansikt
channel-phone = Telefon
channel-written = E-post og chat
channel-any = Uansett kanal

## Complaint stages: short names, then the first words of each (the business rewords them)
stage-listen = Lytt
stage-apologise = Be om unnskyldning
stage-find-out = Finn ut hva som skjedde
stage-offer-solution = Tilby en løsning
stage-compensate = Kompenser
stage-follow-up = Følg opp
stage-tell-improvement = Fortell hva som er forbedret
guidance-listen = La gjesten snakke ferdig. Still spørsmål, gjenta med dine egne ord det du har hørt, og takk for at gjesten sa ifra.
guidance-apologise = Si unnskyld for at det ble slik, rett ut og uten bortforklaringer.
guidance-find-out = Still rolige spørsmål til du vet hva som skjedde.
guidance-offer-solution = Tilby en løsning, helst en som passer akkurat denne gjesten.
guidance-compensate = Hvis det er rimelig, kan du tilby noe ekstra, men først nå: aldri som det første du gjør.
guidance-follow-up = Sjekk med gjesten at det ble ordnet, og si fra til kollegaene så det ikke skjer igjen.
guidance-tell-improvement = Fortell gjesten hva dere har endret fordi de sa ifra.

## Starter roles
role-extra-help = Ekstrahjelp
role-staff = Medarbeider
role-shift-lead = Vaktleder
role-manager = Leder

## Language
language-label = Språk
language-follow-browser = Som nettleseren: { $language }
language-not-loaded = { $language } kunne ikke lastes: denne enheten har ikke hentet språket ennå, og er uten nett nå. Koble til internett og velg det igjen.

## Files refused
file-empty = Filen er tom.
file-too-large = Filen er { $megabytes } MB. Vertskap leser filer på opptil { $max } MB.
file-binary = Dette er ikke en tekstfil (kanskje et bilde eller et dokument). Velg en .json-fil fra Vertskap.
file-not-utf8 = Filen er ikke UTF-8-tekst (ved byte { $byte }). Den kan ha blitt lagret av et annet program.
file-not-json = Filen er ikke JSON: det går galt på linje { $line }, kolonne { $column }.
file-truncated = Filen stopper midt i: den ble nok kuttet av under kopieringen. Eksporter den på nytt.
file-too-deep = Filen har lister inni lister i for mange lag til å være en Vertskap-fil.
file-not-vertskap = Denne JSON-filen er ikke laget av Vertskap.
file-too-new = Denne filen er laget av en nyere versjon av Vertskap (format { $version }). Oppdater appen først.
file-unknown-version = Filen sier ikke hvilket Vertskap-format den bruker.
at-place = { $place }: { $problem }
expected-found = ventet { $expected }, fant { $found }
field-missing = dette feltet er påkrevd, men mangler
not-a-date-time = ikke en gyldig dato og tid
not-an-id = ikke en gyldig id
id-twice = id-en { $id } er brukt to ganger
points-nowhere = viser til { $id }, som ikke finnes i filen
expect-text = tekst
expect-whole-number = et heltall
expect-number = et tall
expect-true-or-false = sant eller usant
expect-list = en liste
expect-object = et objekt
expect-id = en id
expect-date-time = en dato og tid
found-nothing = ingenting
found-true-or-false = sant eller usant
found-number = et tall
found-text = tekst
found-list = en liste
found-object = et objekt

## Field problems
need-title = Gi standarden en tittel.
need-area-name = Gi området et navn.
need-step = Legg til minst ett steg.
need-value-name = Gi verdien et navn.
need-role-name = Gi rollen et navn.
need-rule-situation = Beskriv situasjonen.
need-rule-may = Skriv hva rollen kan gjøre.
need-role = Velg en rolle.
required = Dette feltet må fylles ut.
unknown-area = Det området finnes ikke lenger. Velg et annet.
too-long = Dette er for langt: høyst { $max } tegn.
duplicate-area-name = Et annet område har allerede dette navnet.
too-many-steps = Høyst { $max } steg.
say-or-do = Skriv hva du skal si, hva du skal gjøre, eller begge deler.
unknown-role = Den rollen finnes ikke lenger. Velg en annen.
amount-not-a-number = Skriv beløpet som et tall, for eksempel 500 eller 49,90.
amount-not-positive = Beløpet må være større enn null.
amount-too-large = Det er mer enn noen bestemmer alene: høyst { $max }.
amount-too-many-decimals = Bruk høyst to desimaler.
backbone-broken = Klagestegene må komme i fast rekkefølge: lytt, be om unnskyldning, finn ut hva som skjedde, tilby en løsning, kompenser, følg opp, fortell hva som er forbedret.

target-not-positive = Målet må være større enn null.
end-before-start = Sluttdatoen kan ikke være før startdatoen.
not-a-date = Skriv datoen som år-måned-dag, for eksempel 2026-03-09.
no-such-day = Den dagen finnes ikke.
value-not-a-number = Skriv et tall, for eksempel 3 eller 49,90.
value-negative = Tallet kan ikke være negativt.
value-not-whole = Bruk et helt tall.
value-outside-scale = Velg et helt trinn fra { $min } til +{ $max }.
done-is-zero-or-one = Gjort er 1, ikke gjort er 0.
value-too-large = Det er for stort: høyst { $max }.
target-always-met = Hver periode ville nådd dette målet. Velg et mål som krever noe.
unknown-person = Den personen finnes ikke lenger. Velg en annen.
note-about-non-participant = Notatet handler om en som ikke lenger er med i samtalen. Velg hvem det handler om, eller ta personen med igjen.
unknown-goal = Det målet finnes ikke lenger.
unknown-standard = Den standarden finnes ikke lenger. Velg en annen.
outside-goal-dates = Datoen ligger utenfor målets start og slutt.
already-done = Dette er allerede merket som gjort den dagen.
pass-mark-outside = Beståttgrensen må være et helt tall fra 1 til 100 (prosent).
checklist-needs-items = Sjekklisten trenger minst ett punkt å sjekke.
weight-outside = Vekten må være 1, 2 eller 3.
item-target-outside = Målet må være et helt tall fra 0 og oppover.
answer-does-not-fit = Svaret passer ikke til punktet (for eksempel en skala på et ja/nei-spørsmål).
due-before-visit = Fristen kan ikke være før besøket.

## Storage failures
quota-exceeded = Enheten er tom for lagringsplass, så endringen ble ikke lagret. Når plassen tar slutt, kan nettleseren slette Vertskaps data: lagre en sikkerhetskopi nå, og frigjør så plass på enheten.
lost-data-heading = Vertskaps data er borte fra denne nettleseren
lost-data-what = { $records ->
    [one] Sist Vertskap ble brukt her, hadde denne enheten 1 oppføring, sist endret { $date }.
   *[other] Sist Vertskap ble brukt her, hadde denne enheten { $records } oppføringer, sist endret { $date }.
} Nettleseren har slettet dem, noe nettlesere kan gjøre når en enhet går tom for plass.
lost-data-last-backup = Den siste sikkerhetskopien lagret fra denne enheten er fra { $date }. Velg den under Innstillinger for å få alt tilbake.
lost-data-no-backup = Ingen sikkerhetskopi ble lagret fra denne enheten. Har et annet nettbrett eller en kollega en, kan du hente den inn under Innstillinger.
lost-data-restore = Hent inn en sikkerhetskopi
lost-data-start-again = Begynn på nytt uten den
storage-blocked = Vertskap er åpen i en annen fane med en eldre versjon. Lukk de andre fanene, og last inn denne på nytt.
data-too-new = Dataene dine ble lagret av en nyere versjon av Vertskap. Last inn siden på nytt for å få den nyeste versjonen.
upgraded-elsewhere = En nyere versjon av Vertskap ble åpnet i en annen fane eller et annet vindu. Last inn denne på nytt for å fortsette med den. Alt som er lagret, blir tatt vare på.
write-failed = Endringen kunne ikke lagres, og ingenting av den ble tatt vare på. Prøv igjen. ({ $detail })
read-failed = De lagrede dataene dine kunne ikke leses. Last inn siden på nytt for å prøve igjen. ({ $detail })

## Starter kit
starter-region = Startpakke
starter-heading = Vil du begynne med en startpakke?
starter-intro = Startpakken fyller Vertskap med eksempler: standarder for sju sider ved godt vertskap, manus for vanlige situasjoner, øvingsoppgaver, verdier og regler for hva hver rolle kan bestemme selv. Endre eller slett det som ikke passer for dere. Du kan også begynne med blanke ark.
start-from-kit = Begynn med startpakken
start-blank = Begynn med blanke ark
starter-loading = Henter startpakken…
starter-failed = Startpakken kunne ikke hentes: { $detail }
starter-not-stored = Startpakken kunne ikke lagres på denne enheten. Ingenting av den ble tatt vare på.
starter-kit-heading = Startpakke
starter-kit-intro = Hent eksemplene fra startpakken på språket du bruker nå. Det du allerede har, eller har endret, blir som det er. Bare det som mangler, legges til.
load-starter-kit = Hent startpakken
starter-loaded =
    { $count ->
        [0] Startpakken er hentet. Ingenting manglet.
        [one] Startpakken er hentet: 1 ny ting.
       *[other] Startpakken er hentet: { $count } nye ting.
    }

## Goals: the team overview
goals-heading = Mål
goals-intro = Hva hver enkelt og hele teamet jobber mot, og hvem som er i rute denne perioden.
people-link = Ansatte
new-goal = Nytt mål
hold-conversation = Hold en vertskapssamtale
praise-link = Ros
question-bank-link = Spørsmålsbank
conversations-due-heading = På tide med vertskapssamtale
conversation-due-since = { $name }: på tide siden { $date }
this-period-heading = Hvem er i rute
whole-team = Hele teamet
key-figures-heading = Nøkkeltall
key-figure-economic = Økonomi
key-figure-customer = Kunder
key-figure-service = Service
key-figure-employee = Medarbeidere
on-track-yes = I rute
on-track-no = Henger etter
on-track-unknown = For tidlig å si
no-goals-yet = Ingen mål ennå. Et mål sier hva en person eller hele teamet skal gjøre mer (eller mindre) av, og hvordan dere teller det, for eksempel omtankesalg per uke.
no-goals-for-person = Ingen mål ennå.
target-at-least = minst { $target }
target-at-most = høyst { $target }
progress-now = { $period }: { $value } (mål: { $target })
nothing-logged-yet = { $period }: ingenting registrert ennå
standing-reached = { $period }: { $value } av { $target }, nådd
standing-to-go = { $period }: { $value } av { $target } hittil, { $to_go } igjen innen { $by }
standing-to-go-today = I dag: { $value } av { $target } hittil, { $to_go } igjen
not-yet-today = Ikke ennå i dag
standing-within = { $period }: { $value } hittil, høyst { $target }
standing-over = { $period }: { $value }, over grensen på { $target }
standing-score = { $period }: snitt { $value } hittil (mål: { $target })
weekday =
    { $day ->
        [1] mandag
        [2] tirsdag
        [3] onsdag
        [4] torsdag
        [5] fredag
        [6] lørdag
       *[7] søndag
    }
group-on-track = I rute
group-behind = Ligger etter
group-nothing-yet = Ingenting registrert denne perioden
current-day = I dag
current-week = Denne uken
current-month = Denne måneden
current-quarter = Dette kvartalet
streak =
    { $count ->
        [one] Nådd 1 periode på rad
       *[other] Nådd { $count } perioder på rad
    }
streak-at-least = Nådd { $count } eller flere perioder på rad
tap-plus-one = +1 { $title }
tap-done = Gjort i dag: { $title }
log-goals = Registrer mål
log-goals-heading = Registrer i dag
no-goals-at-counter = Ingen mål å registrere ennå. En leder legger dem inn under Mål.
done-today = Gjort i dag
done-today-already = Gjort i dag ✓
logged = Registrert.
check-in-logged = Registrert: { $value }.
undo-check-in = Angre registreringen for { $title }
check-in-undone = Angret. Ingenting ble registrert.
amount-for = Beløp for { $title }
log-it = Registrer
score-for = Poeng for { $title }

## Goals: writing one
edit-goal = Rediger mål
goal-title = Hva er målet?
goal-title-hint = For eksempel: omtankesalg, eller å hilse på hver gjest innen ti sekunder.
owner = Hvem har målet
goal-kind-label = Slik telles det
kind-done = Gjort eller ikke, hver dag
kind-count = Et antall, for eksempel omtankesalg
kind-amount = Et beløp, for eksempel salg i kroner
kind-score = En vurdering fra −2 til +2
target = Måltall
target-is = Målet er
direction-at-least = Minst
direction-at-most = Høyst
period-label = Telles per
period-day = Dag
period-week = Uke (mandag til søndag)
period-month = Måned
period-quarter = Kvartal
start-label = Start
end-label = Slutt (valgfritt)
status-label = Status
status-active = Aktivt
status-reached = Nådd
status-dropped = Lagt bort
key-figure-label = Nøkkeltall
no-key-figure = Ingen
linked-standard = Standard det støtter (valgfritt)
no-linked-standard = Ingen
goal-not-found = Dette målet finnes ikke (lenger).
back-to-goals = Tilbake til målene
delete-goal = Slett målet
delete-goal-question = Vil du slette dette målet og alle registreringene som hører til? Det kan ikke angres.
delete-for-good = Slett for godt
delete-reflection = Slett refleksjonen
delete-praise = Slett rosen
delete-conversation = Slett samtalen
delete-note-question = Vil du slette dette for godt? Det kan ikke angres.
edit-reflection-of = Rediger refleksjonen fra { $date }
edit-praise-of = Rediger rosen fra { $date }
edit-conversation-on = Rediger samtalen fra { $date }
edit-praise-heading = Rediger ros
praise-not-found = Denne rosen finnes ikke (lenger).
back-to-praise = Tilbake til ros
conversation-not-found = Denne samtalen finnes ikke (lenger).

## Goals: progress and check-ins
progress-heading = Fremgang
trend-heading = Over tid
trend-table-caption = «{ $title }» per periode
target-line-label = Mål: { $target }
so-far = hittil
week-short = u. { $week }
period-column = Periode
value-column = Registrert
result-column = Resultat
verdict-achieved = Nådd
verdict-missed = Ikke nådd
verdict-open = Ikke avgjort ennå
verdict-not-judged = Målet gjaldt ikke hele perioden
week-label = Uke { $week }, { $year }
month-label =
    { $month ->
        [1] januar
        [2] februar
        [3] mars
        [4] april
        [5] mai
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] desember
    } { $year }
quarter-label = { $quarter }. kvartal { $year }
check-in-heading = Ny registrering
check-in-date = Dato
check-in-value = Verdi
check-in-done = Gjort den dagen
check-in-count = Antall
one-less = Én mindre
one-more = Én mer
check-in-amount = Beløp ({ $currency })
check-in-score = Poeng
check-in-note = Merknad
save-check-in = Lagre registreringen
recent-check-ins = Registreringer
no-check-ins-yet = Ingenting registrert ennå.
edit-check-in = Rediger registreringen fra { $date }
delete-check-in = Slett registreringen fra { $date }
check-in-saved = Lagret.
goal-of = Målet til { $name }

## People
people-heading = Ansatte
people-intro = Alle som har mål, samtaler og ros lagret her. Sletter du en person, slettes alt om personen.
add-person = Legg til person
new-person = Ny person
edit-person = Rediger person
person-name = Navn
started = Begynte
next-conversation-due = Neste vertskapssamtale
next-conversation-hint = Den neste samtalen for hver av dem settes til denne datoen. La feltet stå tomt for å beholde datoene de har.
still-works-here = Jobber her fortsatt
has-left = Har sluttet
no-people-yet = Ingen ansatte ennå. Legg til dem du jobber med, så kan du gi dem mål og holde vertskapssamtaler.
no-one-to-praise = Ingen å gi ros til ennå: legg til personene du jobber med først.
no-roles-for-people = Legg først til en rolle under «Hvem kan bestemme hva»: alle må ha en rolle.
person-not-found = Denne personen finnes ikke (lenger).
back-to-people = Tilbake til ansatte
new-goal-for = Nytt mål for { $name }
write-reflection = Skriv en refleksjon etter vakten
give-praise = Gi ros
reflections-heading = Refleksjoner etter vakten
praise-received-heading = Mottatt ros
conversations-heading = Vertskapssamtaler
nothing-yet = Ingenting ennå.
erase-person = Slett { $name } og alt om personen
erase-question =
    { $count ->
        [one] Dette sletter { $name } og 1 oppføring om personen. Ingenting som nevner personen ved navn, blir igjen. Det kan ikke angres.
       *[other] Dette sletter { $name } og { $count } oppføringer om personen. Ingenting som nevner personen ved navn, blir igjen. Det kan ikke angres.
    }
erase-detail = Mål: { $goals }. Registreringer: { $check_ins }. Refleksjoner: { $reflections }. Ros: { $praise }. Samtaler endret eller slettet: { $conversations }.
erase-also-backups = { $n ->
    [one] En sikkerhetskopi tatt før en erstatning nevner personen: den slettes også.
   *[other] { $n } sikkerhetskopier tatt før en erstatning nevner personen: de slettes også.
}
erased = { $name } og alt om personen er slettet.

## Host conversations
conversation-heading = Vertskapssamtale
conversation-intro = En kort prat, to eller tre om gangen, om hvordan vi møter gjestene. Velg spørsmål, skriv ned det dere blir enige om, og sett mål sammen.
participants = Hvem er med
questions-to-ask = Spørsmål
no-questions-yet = Spørsmålsbanken er tom. Legg til spørsmål, eller skriv notater uten spørsmål.
notes-on = Notater: { $question }
note-about = Hvem handler notatet om?
note-shared = Alle i samtalen
note-only-about = Bare { $name }
note-about-absent = Bare { $name } (ikke lenger med i samtalen)
note-about-hint = Et notat om én person vises bare på den personens side. Et notat til alle vises hos hver av dem.
goal-from-conversation = Et mål fra denne samtalen (valgfritt)
goal-from-conversation-hint = Alle som er med, får dette målet som sitt eget.
save-conversation = Lagre samtalen
conversation-on = Vertskapssamtale { $date }
with-people = Med { $names }

## End-of-shift reflection
reflection-heading = Refleksjon etter vakten
reflection-intro = Ta et minutt når vakten er over. Korte svar holder, du tar dem med til neste vertskapssamtale.
who-reflects = Hvem
went-well = Hvilket gjestemøte i dag er du fornøyd med? Hva gjorde at det gikk bra?
went-badly = Var det noe som gikk dårlig i dag? Hva skjedde, og hvorfor?
not-as-planned = Ble noe annerledes enn du hadde tenkt? Hva tror du det kom av?
do-differently = Er det noe du ville gjort annerledes: det du sa, hvordan du oppfattet gjesten, kroppsspråket ditt?

## Praise
praise-heading = Ros
praise-intro = Skriv hva en kollega gjorde, og hvem det var. Konkret ros gjør at det gode blir gjentatt.
praise-from = Fra (valgfritt)
praise-from-nobody = Ikke oppgitt
praise-to = Til
praise-what = Hva gjorde kollegaen?
praise-what-hint = For eksempel: husket navnet og den vanlige bestillingen til en stamgjest.
recent-praise = Siste ros
no-praise-yet = Ingen ros ennå.
praise-given = Til { $to }, fra { $from }
praise-given-by-someone = Til { $to }
praise-counts-heading = Mottatt ros
praise-total = I alt

## Question bank
question-bank-heading = Spørsmålsbank
question-bank-intro = Spørsmålene du velger blant i vertskapssamtalene. Skriv dem om så de høres ut som deg.
new-question = Nytt spørsmål
add-question = Legg til spørsmål
question-text = Spørsmål

## Visits
visits = Besøk
visits-heading = Besøk og sjekklister
visits-intro = Gå gjennom bedriften med en sjekkliste laget av standardene deres – selv, med en hemmelig kunde, eller hos en annen bedrift – og se område for område hvor dere ligger.
checklists-heading = Sjekklister
no-checklists = Ingen sjekklister ennå. Lag den første av standardene deres.
new-checklist = Ny sjekkliste
start-visit = Start et besøk
edit-checklist = Rediger sjekklisten
checklist-item-count =
    { $count ->
        [one] 1 punkt
       *[other] { $count } punkter
    }
visits-list-heading = Besøk som er gjort
no-visits = Ingen besøk ennå. Start et besøk fra en sjekkliste.
visit-unfinished = Ikke ferdig
visit-kind-self-audit = Egenkontroll
visit-kind-mystery-shopper = Hemmelig kunde
visit-kind-other-business = Besøk hos en annen bedrift
score-percent = { $percent } %
nothing-scored = Ingenting vurdert
verdict-passed = Bestått
verdict-below = Under beståttgrensen
verdict-critical = Ikke bestått: et kritisk punkt holdt ikke mål
new-checklist-intro = Velg standardene som skal sjekkes. Hvert punkt starter som standardens «Slik måles det», og du kan skrive det om før du lagrer.
checklist-name = Navn på sjekklisten
choose-standards = Standarder som skal sjekkes
whole-area = Hele området «{ $name }»
continue-to-items = Videre til punktene
choose-at-least-one = Velg minst én standard, eller start med egne spørsmål.
start-with-own-questions = Start med egne spørsmål
pass-mark-label = Beståttgrense (%)
section-heading = Overskrift for delen
item-text = Hva som sjekkes
answer-kind-label = Svar
answer-yes-no = Ja / nei
answer-scale = Skala 1–4
answer-number = Tall med mål
item-target = Mål
item-unit = Enhet (for eksempel sekunder)
weight-label = Vekt
critical-label = Kritisk: holder ikke dette, blir hele besøket ikke bestått
remove-item = Fjern punktet
add-item-question = Legg til et spørsmål
add-section = Legg til en del med egne spørsmål
own-questions = Egne spørsmål
from-standard = Fra standarden «{ $title }»
delete-checklist = Slett sjekklisten
delete-checklist-question = Slette sjekklisten? Besøk som er gjort med den, beholdes med sine svar.
checklist-not-found = Fant ikke sjekklisten
back-to-visits = ← Besøk
visit-not-found = Fant ikke besøket
visit-date = Dato
visit-kind-label = Type besøk
visited-by = Hvem gjorde det
not-given = Ikke oppgitt
shopper-name = Navn på den som besøkte (valgfritt)
business-visited = Bedriften som ble besøkt
answer-yes = Ja
answer-no = Nei
answer-not-applicable = Ikke aktuelt
scale-step1 = 1 Dårlig
scale-step2 = 2 Under forventning
scale-step3 = 3 Bra
scale-step4 = 4 Svært bra
number-answer = Svar (tall)
item-target-at-most = Mål: høyst { $target } { $unit }
item-target-at-least = Mål: minst { $target } { $unit }
visit-saved = Lagret.
visit-not-saved = Det siste svaret ble ikke lagret. Prøv igjen.
finish-visit = Marker besøket som ferdig
visit-finished-on = Ferdig { $date }.
unanswered-left =
    { $count ->
        [one] 1 punkt er ikke besvart ennå.
       *[other] { $count } punkter er ikke besvart ennå.
    }
result-heading = Resultat
section-column = Del
share-column = Andel av poengene
total-row = Totalt
pass-mark-is = Beståttgrense: { $percent } %
critical-badge = Kritisk
weight-badge = Vekt { $weight }
follow-up-heading = Oppfølging
make-follow-up = Lag et oppfølgingspunkt
follow-up-what = Hva skal gjøres
follow-up-who = Hvem følger opp
follow-up-due = Frist
follow-up-done = Gjort
train-with = Øv på dette med:
former-colleague = en tidligere kollega
delete-visit = Slett besøket
delete-visit-question = Slette besøket og alle svarene?
area-trend-heading = Områdene over tid
area-trend-intro = Andelen av poengene per område i de siste ferdige besøkene, egne besøk og besøk hos andre hver for seg.
own-visits = Egne besøk
others-visits = Hos andre
visits-of-standard = Fra besøkene
held-up = Holdt mål
fell-short = Holdt ikke mål
open-actions = Åpne oppfølgingspunkter
due-on = frist { $date }

## Visits: print
print-blank-checklist = Skriv ut tom sjekkliste
print-report = Skriv ut rapporten

## Visits: numbers
write-whole-number = Skriv et helt tall, for eksempel 8.

## Visits: packs
pick-checklists = Sjekklister for besøk

## Visits: result
result-so-far = Resultat så langt
area-column = Område

## Customer ratings
rating-very-bad = Svært dårlig
rating-bad = Dårlig
rating-good = Bra
rating-very-good = Svært bra
rating-question-default = Hvordan var besøket ditt i dag?
rating-thanks = Takk for svaret!
rating-why = Vil du si hva det gjaldt?
reason-waiting = Ventetid
reason-friendliness = Vennlighet
reason-product = Varen
reason-cleanliness = Renhold
counter-rating = Gjestens vurdering
rating-scale = Svar
ratings-heading = Gjestenes vurderinger
ratings-intro = Hva kundene trykket på vei ut. Andelen gode svar står alltid med antall svar ved siden av, og med for få svar sier rapporten ingenting.
no-ratings-yet = Ingen vurderinger ennå. Åpne «Gjestens vurdering» i skrankemodus, og la kundene trykke på vei ut.
too-few-answers = For få svar til å si noe ({ $answers } svar)
share-good = { $percent } % bra ({ $answers } svar)
all-ratings = Alle svar
by-week = Uke for uke
week-column = Uke
good-share-column = Andel bra
by-weekday-and-hour = Ukedag og time
hour-column = Time
reasons-given = Grunner som ble oppgitt
see-ratings = Gjestenes vurderinger

## Customer ratings: report
answers-column = Antall svar

## Customer ratings: setup
rating-setup-heading = Spørsmål og grunner
rating-question-label = Spørsmålet på skjermen
rating-reasons-label = Grunner en gjest kan trykke på etter et dårlig svar, én per linje
rating-too-few-label = Færre svar enn dette gir ingen andel
too-few-at-least-one = Skriv minst 1.

## Complaints
due-before-complaint = Fristen kan ikke være før klagen.
no-consent = Kontaktinformasjon kan bare lagres når kunden har sagt ja til det. Kryss av for samtykke, eller la feltet stå tomt.

## Complaints: words
complaint-heading = Klage
complaint-said-label = Hva kunden sa
compensation-label = Kompensasjon

## Complaints: screens
customers-section = Kunder
complaints-heading = Klager
complaints-intro = Klager som er logget i skranken, og oppfølgingen av dem. En sak er lukket når alle tiltak er gjort og kunden har fått vite hva dere har forbedret.
log-complaint = Logg en klage
open-cases = Åpne saker ({ $count })
closed-cases = Lukkede saker ({ $count })
no-open-cases = Ingen åpne saker.
no-complaints-yet = Ingen klager er logget ennå. De logges i skrankemodus, eller med knappen over.
overdue-badge = Over fristen
open-badge = Åpen
closed-on = Lukket { $date }
complaint-of = Klage { $date }
complaint-not-found = Fant ikke klagen
back-to-complaints = ← Klager
complaint-when = Når
done-on-the-spot = Gjort der og da
nothing-done-on-the-spot = Ingenting krysset av
compensation-hint = Beløp i { $currency }. La feltet stå tomt hvis kunden ikke fikk noe.
logged-by = Registrert av
approved-by-label = Godkjent av
above-limit = Det er mer enn { $who } kan gi uten å spørre ({ $limit }). Hvilken leder godkjente det?
no-limit-for = { $who } kan ikke gi kompensasjon uten å spørre. Hvilken leder godkjente det?
nobody-logged = Ingen er valgt som den som logger. Hvilken leder godkjente kompensasjonen?
need-approver = Velg lederen som godkjente kompensasjonen.
cause-label = Årsak
no-cause = Ingen årsak valgt
contact-label = Kundens kontaktinformasjon (valgfritt)
consent-label = Kunden har sagt ja til at vi lagrer dette for å kontakte dem
contact-kept-hint = Slettes automatisk { $days ->
        [one] én dag
       *[other] { $days } dager
    } etter at saken er lukket.
save-complaint = Logg klagen
complaint-logged = Klagen er logget. Lederen følger den opp.
log-another = Logg en til
actions-heading = Tiltak
add-action = Legg til et tiltak
remove-action = Fjern tiltaket
no-actions = Ingen tiltak ennå. Hva gjør dere for at det ikke skjer igjen?
customer-told-heading = Har kunden fått vite hva dere forbedret?
not-yet = Ikke ennå
told-on = Ja, kunden fikk vite det
told-day = Dagen kunden fikk vite det
no-contact-wanted = Kunden ville ikke bli kontaktet
patterns-heading = Klager per årsak og måned
edit-complaint = Endre klagen
delete-complaint = Slett klagen
delete-complaint-question = Slette klagen med alle tiltak? Det kan ikke angres.
complaints-about-standard = Klager knyttet til denne standarden
compensation-approved = { $amount }, godkjent av { $who }
no-compensation = Ingen
contact-days-label = Slett kundenes kontaktinformasjon så mange dager etter at en klagesak er lukket
contact-days-saved = Lagret.
case-status = Status
complaint-not-saved = Endringen ble ikke lagret. Det du ser nå, er det som er lagret. Prøv igjen.

## Goals: the share of good ratings
kind-good-ratings = Andelen gode svar fra gjestene i skranken, i prosent
percent-value = { $percent } %
standing-share = { $period }: { $share } (mål: { $target })
counted-from-ratings = Dette målet regnes ut fra gjestenes vurderinger i skranken, og tar ikke imot registreringer.
good-ratings-target-hint = Et helt antall prosent, høyst 100. Perioder med for få svar blir ikke vurdert.

## Goals: the share of good ratings, verdict
verdict-too-few = For få svar til å si noe

## Complaints: screens, short words
contact-heading = Kontakt
new-action-label = Nytt tiltak: hva skal gjøres?
month-short =
    { $month ->
        [1] jan.
        [2] feb.
        [3] mar.
        [4] apr.
        [5] mai
        [6] jun.
        [7] jul.
        [8] aug.
        [9] sep.
        [10] okt.
        [11] nov.
       *[12] des.
    }

## Goals: a goal's kind stays
kind-fixed-hint = Hvordan målet telles, kan ikke endres når det er laget: registreringene er telt slik. Lag et nytt mål for å telle på en annen måte.

## Complaints: a cause gone, numbered labels
cause-removed = (slettet)
numbered-label = { $label } ({ $n })

## Knowledge check
nothing-to-draw = Med disse områdene og spørsmålstypene er det ingen spørsmål å trekke. Velg flere, eller skriv noen spørsmål selv.

## Knowledge check: questions written by hand
one-right-choice = Merk av nøyaktig ett riktig svar.
too-few-choices = Skriv minst to svar eller steg, og la ingen stå tomme.

## Knowledge check: words
knowledge-check-heading = Kunnskapssjekk
question-count-label = Antall spørsmål

## Knowledge check: screens
knowledge-checks-heading = Kunnskapssjekk før første vakt
knowledge-intro = Spørsmål laget ut fra deres egne standarder, manus, verdier og myndighet, og noen dere skriver selv. Den nyansatte tar sjekken i skrankemodus; her ser dere hvem som er klare.
new-check = Ny sjekk
edit-check = Endre sjekken
no-checks = Ingen sjekker ennå. Lag en, så lages spørsmålene ut fra det dere allerede har skrevet.
check-title-label = Navn på sjekken
check-areas-label = Områder (ingen valgt: alle)
check-kinds-label = Spørsmålstyper
kind-authority-question = Hva du kan avgjøre selv
kind-script-order-question = Manusets steg i riktig rekkefølge
kind-first-line-question = Hva du sier når …
kind-standard-question = Hvilken standard et eksempel hører til
kind-value-question = Hvilken verdi et eksempel viser
kind-own-question = Egne spørsmål
reveal-label = Vis riktig svar
reveal-after-each = Etter hvert svar
reveal-at-end = Til slutt
refresher-label = Ny sjekk etter så mange måneder (tomt: aldri)
own-questions-heading = Egne spørsmål
add-single-choice = Nytt spørsmål med ett riktig svar
add-true-false = Nytt sant/usant-spørsmål
add-order-question = Nytt spørsmål om rekkefølge
add-free-text = Nytt spørsmål med fritt svar
question-label = Spørsmål
choice-label = Svar
right-choice-label = Dette er riktig
step-label = Steg
model-answer-label = Et godt svar, for den som retter
statement-true = Påstanden er sann
remove-question = Fjern spørsmålet
source-missing = Standarden eller manuset dette spørsmålet gjaldt, er slettet. Se over spørsmålet.
readiness-heading = Hvem er klar for første vakt?
ready-since = Klar fra { $date }
passed-on = Bestått { $date } ({ $percent } %)
not-passed-yet = Ikke bestått ennå
refresher-due = Tid for ny sjekk
sign-off = Godkjenn { $name } som klar
to-mark-heading = Svar å rette
mark-right = Riktig
mark-wrong = Feil
counter-knowledge = Kunnskapssjekk
who-is-taking = Hvem tar sjekken?
start-check = Start
question-of = Spørsmål { $n } av { $total }
answer-it = Svar
next-question = Neste
answered-right = Riktig!
answered-wrong = Ikke helt. Riktig svar: { $answer }
from-source = Fra: { $name }
check-passed = Bestått! { $percent } % riktig.
check-failed = Ikke bestått ennå: { $percent } % riktig, { $mark } % trengs.
check-waits-for-marking = Et svar venter på at lederen retter det.
retake-wrong =
    { $count ->
        [one] Ta spørsmålet du svarte feil på, på nytt
       *[other] Ta de { $count } du svarte feil på, på nytt
    }
authority-prompt = { $situation }: Kan den som er { $role } «{ $may }» for { $amount } uten å spørre?
order-prompt = Sett stegene i «{ $title }» i riktig rekkefølge.
first-line-prompt = { $situation } Hva sier du?
standard-prompt = Hvilken standard hører dette til: «{ $example }»?
value-prompt = Hvilken verdi viser dette: «{ $example }»?
true-answer = Sant
false-answer = Usant
your-answer-label = Ditt svar
see-knowledge-checks = Kunnskapssjekk
check-saved = Sjekken er lagret.

## Knowledge check: more words
source-label = Gjelder (valgfritt)
delete-check-question = Slette sjekken? Forsøkene som er tatt, blir stående hos hver person.
attempt-not-saved = Resultatet ble ikke lagret. Prøv sjekken igjen.

## Knowledge check: packs
pick-checks = Kunnskapssjekker (med egne spørsmål, aldri noens forsøk)

## Knowledge check: order answers
not-quite-order = Ikke helt. Riktig rekkefølge:

## Knowledge check: after review
whole-number-range = Skriv et helt tall fra { $min } til { $max }.
choose-your-name = Velg navnet ditt
nothing-to-draw-at-counter = Denne sjekken har ingen spørsmål å stille akkurat nå. Si fra til en leder.
add-choice = Legg til et svar
answered-wrong-mark = Feil

## Service drip
story-needs-consent = Spør den som er nevnt i historien om det er greit, og kryss av når de har sagt ja. Eller fjern navnet.
unknown-value = Den verdien finnes ikke lenger: velg en annen.
need-story-title = Gi historien en overskrift.
need-story-text = Fortell hva som skjedde.
need-square-text = Skriv hva som skal gjøres i denne ruten.

## Service drip records
service-meeting-heading = Ukens servicemøte
service-story-heading = Servicehistorie
service-bingo-heading = Servicebingo
focus-standard-label = Ukens standard
story-title-label = Overskrift
story-text-label = Hva skjedde
bingo-square-number = Rute { $n }
square-ticked = Krysset av
square-unticked = Ikke krysset av
prompt-went-well = Et kundemøte som gikk bra: hva skjedde, og hvorfor gikk det bra?
prompt-went-badly = Et kundemøte som gikk dårlig: hva skjedde, og hvorfor?
prompt-colleague-solved = Hvordan løste en kollega en vanskelig situasjon?
prompt-other-ways = Hvordan kunne situasjonen ellers ha blitt håndtert?
## Weekly service meeting
no-focus-chosen = Ingen standard valgt
no-story-chosen = Ingen historie valgt
print-meeting = Skriv ut møtet
weeks-nav = Uker
previous-week = Forrige uke
next-week = Neste uke
last-week-heading = Forrige uke i korte trekk ({ $week })
choose-focus-standard = Standard teamet skal ha i tankene denne uken
focus-shown-at-counter = Skrankemodus viser den hele uken.
story-of-the-week = Ukens historie
choose-story = Historien som fortelles denne uken
write-story-link = Skriv en ny historie
story-about = Om { $name }
team-discussion-heading = Samtale i teamet
save-meeting = Lagre møtet
meeting-saved = Møtet er lagret.
past-meetings-heading = Tidligere møter
visit-score-line = { $title }: { $percent } %
goals-on-track = { $on_track } av { $active } i rute nå
nothing-recorded-that-week = Ingenting ble registrert den uken: ingen vurderinger fra kunder, klager, besøk eller kunnskapssjekker.
none-that-week = Ingen
customers-ratings = Kundenes vurderinger
opened-closed = Nye: { $opened }, avsluttet: { $closed }
people-passed = { $people } bestod ({ $taken } gjennomført)

## Service stories
service-stories-heading = Servicehistorier
stories-intro = Korte historier om gjester som fikk god service, samlet etter verdien de viser. Fortell én på ukens servicemøte.
no-stories-yet = Ingen historier ennå. Skriv en selv, eller gjør en ros eller en refleksjon til en historie.
stories-without-value = Uten verdi
story-not-found = Fant ikke historien
back-to-stories = Tilbake til historiene
new-story-heading = Ny servicehistorie
edit-story-heading = Rediger historien
story-from-praise-note = Historien starter med ordene fra rosen. Skriv den om som du vil fortelle den.
story-from-reflection-note = Historien starter med det som gikk bra i refleksjonen. Skriv den om som du vil fortelle den.
story-date-label = Da det skjedde
story-value-label = Verdien den viser
no-value-chosen = Ingen verdi valgt
story-person-label = Kollegaen historien handler om
no-one-named = Ingen navngitt
story-asked-label = { $name } har sagt ja til å bli nevnt i historien
save-story = Lagre historien
delete-story = Slett historien
delete-story-question = Slette denne historien? Møter der den ble fortalt, viser den ikke lenger.
## Bingo and key figures
ticked-by = Krysset av av { $name }
bingo-count = { $count ->
        [one] Én bingo
       *[other] { $count } bingoer
    }
card-saved = Brettet er lagret.
bingo-intro = Seksten små ekstra ting for uken. De ansatte krysser av en rute i skrankemodus når de har gjort det; fire på rad, i en kolonne eller på skrå er bingo. Et nytt brett hver uke.
this-weeks-card = Ukens brett ({ $week })
draw-card = Trekk ruter fra standardene
draw-again = Trekk nye ruter
ticks-stay-on-squares = Kryss som alt er satt, blir stående på rutene sine når du lagrer et endret brett.
save-card = Lagre brettet
no-card-this-week = Ingen bingobrett for denne uken ennå.
past-cards-heading = Tidligere brett
no-card-at-counter = Det er ikke noe bingobrett denne uken. Spør en leder.
tick-square-hint = Trykk på en rute når du har gjort det. Trykk igjen for å angre.
who-did-it = Hvem gjorde det? (valgfritt)
bingo-celebration = Bingo! En hel rekke.
tick-not-saved = Krysset ble ikke lagret. Prøv igjen.
measure-good-ratings = Gode vurderinger fra kunder
measure-complaints = Klager
measure-visits-passed = Egne besøk som nådde kravet
measure-people-passed = Ansatte som bestod en kunnskapssjekk
measure-praise = Ros gitt
measure-items-of-standard = Poeng på besøk for denne standarden
share-of = { $percent } % ({ $part } av { $whole })
too-few-to-say = For få til å si noe
no-change = Uendret
items-scored = { $percent } % ({ $answered } punkter)
figure-column = Tall
change-column = Endring
weeks-before = Før ({ $weeks } uker)
weeks-during = { $weeks ->
        [one] Under (1 uke)
       *[other] Under ({ $weeks } uker)
    }
key-figures-intro = De siste { $weeks } ukene ved siden av de { $weeks } ukene før, med tallene de bygger på. Andeler vises først når det er nok svar.
last-weeks-column = Siste { $weeks } uker
weeks-before-column = De { $weeks } ukene før
no-figures-in-group = Ingen tall her ennå. Knytt et mål til denne gruppen for å følge det her.
focus-figures-heading = Ukens standard: før og under
no-focus-yet = Ingen ukens standard er valgt ennå. Velg en på ukens servicemøte.
service-meeting-link = Ukens servicemøte
service-stories-link = Servicehistorier
service-bingo-link = Servicebingo
key-figures-link = Nøkkeltall
make-story = Gjør til servicehistorie
this-week-heading = Denne uken

## Stories from praise
make-story-of-praise = Gjør rosen fra { $date } til en servicehistorie
make-story-of-reflection = Gjør det som gikk bra den { $date } til en servicehistorie
already-a-story = Allerede en servicehistorie
## Key figures, too few
too-few-visits-to-say = For få besøk til å si noe ({ $count } besøk)
too-few-items-to-say = { $count ->
        [one] For få punkter til å si noe (1 punkt)
       *[other] For få punkter til å si noe ({ $count } punkter)
    }
## Meeting not saved
meeting-not-saved = Møtet ble ikke lagret. Det du skrev, står fortsatt her: prøv igjen.

## Knowledge check saved
attempt-saved = Resultatet er lagret.

## Drip review fixes
focus-week-not-over = Ukens standard er valgt, men uken er ikke over ennå. Tallene kommer når den er det.
card-not-saved = Brettet ble ikke lagret. Rutene står fortsatt her: prøv igjen.

## Key figures, points
percent-points = { $n } prosentpoeng

## Key figures, no data
no-data-yet = Ingen data ennå

## Sync
not-web-address = Skriv en adresse som begynner med https://, for eksempel https://db.eksempel.no/kafe.
not-secure-address = Adressen må begynne med https://, så passordet ikke går ukryptert over nettet. Bare en database på denne maskinen kan nås med http://.
no-database-name = Avslutt adressen med databasens navn i små bokstaver, for eksempel …/kafe-sentrum.
own-database-needed = Ansattdata synkroniseres bare til en database bedriften eier selv. Kryss av for det, eller velg bare innhold.
sync-unreachable = Fikk ikke kontakt med serveren. Sjekk at nettbrettet er på nett og at adressen stemmer. Prøver igjen av seg selv.
sync-timed-out = Serveren svarte ikke i tide. Prøver igjen av seg selv.
sync-wrong-password = Feil brukernavn eller passord. Rett dem under og lagre.
sync-no-access = Denne brukeren har ikke tilgang til databasen. Be den som driver serveren om tilgang.
sync-database-missing = Det finnes ingen database på denne adressen. Sjekk navnet på slutten av adressen, eller be den som driver serveren om å opprette den.
sync-server-trouble = Serveren har et problem (feil { $status }). Prøver igjen av seg selv.
sync-not-a-database = Adressen svarer, men ikke som en CouchDB-database. Sjekk adressen.
sync-storage-failed = Det som kom fra serveren ble ikke lagret her: { $detail }
sync-heading = Synkronisering mellom nettbrett
sync-intro = Hold flere nettbrett i samme bedrift like gjennom en CouchDB-database. Adressen, brukeren og passordet lagres bare på dette nettbrettet, aldri i sikkerhetskopier eller pakker.
sync-address-label = Databasens adresse
sync-user-label = Brukernavn
sync-password-label = Passord
sync-what-legend = Hva som synkroniseres
sync-content-only = Bare innhold: standarder, manus, verdier, fullmakter, sjekklister og kunnskapssjekker
sync-everything = Alt, også ansatte, mål, vurderinger, klager og ukemøter
sync-own-database = Databasen er bedriftens egen, og ingen andre har tilgang til den
sync-save = Lagre og synkroniser
sync-now = Synkroniser nå
sync-turn-off = Slå av synkronisering
sync-is-off = Synkronisering er av på dette nettbrettet.
sync-never = Ikke synkronisert ennå.
sync-running = Synkroniserer …
sync-progress-label = Hentet fra serveren
sync-fetched = { $n ->
    [one] 1 endring hentet så langt …
   *[other] { $n } endringer hentet så langt …
}
sync-last-at = Sist synkronisert { $when }.
sync-pending = { $n ->
    [one] 1 endring venter på å bli sendt.
   *[other] { $n } endringer venter på å bli sendt.
}
sync-all-sent = Alt herfra er sendt.
sync-offline = Frakoblet. Endringer lagres her og sendes når nettbrettet er på nett igjen.
sync-kept-aside = { $n ->
    [one] 1 dokument fra serveren besto ikke kontrollene og er lagt til side:
   *[other] { $n } dokumenter fra serveren besto ikke kontrollene og er lagt til side:
}
sync-deletions-kept = { $n ->
    [one] 1 post som ble slettet på et annet nettbrett, er beholdt her fordi den er endret eller i bruk her. Den sendes tilbake til serveren.
   *[other] { $n } poster som ble slettet på et annet nettbrett, er beholdt her fordi de er endret eller i bruk her. De sendes tilbake til serveren.
}
sync-choices-waiting = { $n ->
    [one] 1 post er endret både her og på et annet nettbrett. Velg hvilken versjon som skal gjelde.
   *[other] { $n } poster er endret både her og på et annet nettbrett. Velg hvilken versjon som skal gjelde.
}
on-the-server = Fra det andre nettbrettet
take-servers = Bruk det andre nettbrettets
sync-apply-choices = Bruk valgene
sync-choices-saved = Valgene er lagret og sendes til serveren.
sync-attention = Synkroniseringen trenger deg

## Sync, left out
sync-left-out = { $n ->
    [one] 1 post fra et annet nettbrett hører til noe som er slettet her, og ble ikke tatt inn.
   *[other] { $n } poster fra et annet nettbrett hører til noe som er slettet her, og ble ikke tatt inn.
}

## Sync, refused
sync-refused = { $n ->
    [one] Serveren avviste 1 endring herfra. Den venter her; be den som driver serveren se på grunnen:
   *[other] Serveren avviste { $n } endringer herfra. De venter her; be den som driver serveren se på grunnen:
}
