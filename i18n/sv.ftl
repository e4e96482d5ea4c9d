app-name = Vertskap
skip-to-content = Hoppa till innehållet
sections-nav = Huvudmeny
standards = Standarder
scripts = Manus
values = Värderingar
authority-section = Befogenheter
goals = Mål
settings = Inställningar
opening = Öppnar dina uppgifter…

## Standards list
standards-heading = Värdskapsstandarder
standards-intro = Det här kan varje gäst räkna med hos oss, ordnat efter område.
search = Sök
search-hint = Rubrik, text eller etikett
new-standard = Ny standard
manage-areas = Hantera områden
no-standards-yet = Inga standarder än. En standard beskriver något ni gör för varje gäst, så att alla vet hur det ser ut när det görs bra. Standarderna samlas i områden, sju delar av värdskapet från att känna gästens förväntningar till sista intrycket. Börja med ”Ny standard”.
no-standards-in-area = Inga standarder i det här området än.
search-matches =
    { $count ->
        [one] 1 standard hittades.
       *[other] { $count } standarder hittades.
    }
no-search-matches = Ingen standard hittades för ”{ $query }”.
standard-count =
    { $count ->
        [one] 1 standard
       *[other] { $count } standarder
    }
move-up = Flytta upp ”{ $name }”
move-down = Flytta ned ”{ $name }”

## Standard detail and editor
why-it-matters = Därför är det viktigt
do = Gör så här
dont = Gör inte så här
how-measured = Så mäter vi det
tags = Etiketter
area = Område
title = Rubrik
not-written-yet = Inte skrivet än.
edit = Ändra
delete = Ta bort
back-to-standards = Tillbaka till standarderna
edit-standard = Ändra standard
save = Spara
saving = Sparar…
cancel = Avbryt
one-per-line = Ett beteende per rad.
tags-hint = Skilj etiketterna åt med kommatecken.
fix-marked-fields = Inget har sparats än. Rätta de markerade fälten.
standard-not-found = Den här standarden finns inte (längre).

## Areas
areas-heading = Områden
areas-intro = De sju värdskapsområdena finns alltid med. Lägg till egna områden för annat, till exempel telefonen eller klagomål.
built-in = Inbyggt
new-area-name = Namn på nytt område
add-area = Lägg till område
rename-action = Byt namn
rename = Byt namn på ”{ $name }”
new-name-for = Nytt namn för ”{ $name }”
delete-area = Ta bort ”{ $name }”
move-standards-to =
    { $count ->
        [one] ”{ $name }” har 1 standard. Flytta den till
       *[other] ”{ $name }” har { $count } standarder. Flytta dem till
    }
move-and-delete = Flytta och ta bort

## Notices
deleted = ”{ $title }” togs bort.
undo = Ångra
dismiss = Stäng

## Scripts
scripts-heading = Manus
scripts-intro = Vad du säger och gör i varje situation, steg för steg. Personalen hittar dem på plats i personalläget.
new-script = Nytt manus
new-complaint-script = Nytt manus för klagomål
edit-script = Ändra manus
no-scripts-yet = Inga manus än. Ett manus visar personalen vad de ska säga och göra i en viss situation, till exempel hur de hälsar på en gäst när det är mycket att göra eller svarar i telefon.
script-not-found = Det här manuset finns inte (längre).
situation = Situation
situation-hint = När gäller det? Skriv det som personalen själv skulle säga det.
channel-label = Kanal
all-channels = Alla kanaler
steps = Steg
step-number = Steg { $n }
step-of = Steg { $n } av { $total }
say = Säg
note = Anteckning
step-tip = Tänk på
add-step = Lägg till ett steg
add-step-after = Lägg till ett steg efter steg { $n }
move-step-up = Flytta upp steg { $n }
move-step-down = Flytta ned steg { $n }
remove-step = Ta bort steg { $n }
backbone-step = Klagomålshantering: { $stage }
practice-case = Övningsfall
practice-case-hint = Erbjud det här manuset som övning i personalläget.
pin-in-counter = Fäst i personalläget
pinned-badge = Fäst
complaint-badge = Klagomål
step-count =
    { $count ->
        [one] 1 steg
       *[other] { $count } steg
    }
standards-it-serves = Standarder som det stöder
find-standards-to-link = Hitta standarder att koppla
no-standards-to-link = Inga standarder att koppla än.
scripts-for-standard = Manus för den här standarden
duplicate = Kopiera
copy-of = { $title } (kopia)
print = Skriv ut
print-scripts = Skriv ut manus
paper-size = Pappersstorlek
sheets-too-long =
    { $count ->
        [one] Ett ark får inte plats på en sida ens med liten text, och slutet försvinner på papperet. Korta texten, eller skriv ut på ett större ark.
       *[other] { $count } ark får inte plats på en sida ens med liten text, och slutet försvinner på papperet. Korta texten, eller skriv ut på ett större ark.
    }
scripts-matching =
    { $count ->
        [one] 1 manus hittades.
       *[other] { $count } manus hittades.
    }
no-scripts-match = Inget manus hittades för ”{ $query }”.
no-scripts-match-pinned = Inget manus hittades för ”{ $query }”. Här är de fästa:

## Counter mode
counter-mode = Personalläge
counter-heading = Vad säger vi när…
find-script = Hitta ett manus
find-script-hint = Skriv några bokstäver
pinned-scripts = Fästa
recent-scripts = Senast använda
all-scripts = Alla manus
other-scripts = Övriga manus
script-matches = Träffar
no-scripts-for-counter = Inga manus än. En chef skriver dem under Manus.
leave-counter-mode = Lämna personalläget
leave-counter-question = Vill du lämna personalläget? Surfplattan visar chefens vyer igen.
leave-yes = Ja, lämna
stay = Stanna kvar
next = Nästa
back = Tillbaka
finish = Klar
back-to-scripts = Tillbaka till manusen
complaint-flow = Klagomålshantering
practise = Öva
practice-heading = Övning
what-would-you-do = Vad skulle du säga och göra?
show-answer = Visa svaret
next-case = Nästa fall
start-practice = Börja med en slumpvald övning
choose-case = Eller välj en övning
other-cases = Välj en annan övning
no-practice-cases = Inga övningsfall än. En chef markerar manus som övningsfall.
showing-first = Visar { $shown } av { $total }. Skriv mer för att få färre träffar.
showing-first-standards = Visar { $shown } av { $total }.
show-more = Visa fler

## Values
values-heading = Värderingar
values-intro = Det som verksamheten står för, nedskrivet så att både personal och gäster kan se det.
vision-and-promises = Vision och löften
edit-profile = Ändra vision och löften
no-profile-yet = Ingen vision, slogan eller servicelöften är skrivna än.
business-name = Verksamhetens namn
vision = Vision
vision-hint = En eller två meningar som visar vart ni är på väg.
vision-numbers-hint = En vision visar riktningen och innehåller inga siffror: siffrorna hör hemma i målen.
slogan = Slogan
slogan-hint = En kort rad som gör visionen lätt att komma ihåg.
promises = Servicelöften
promises-hint = Vad kunderna kan förvänta sig av er, ett löfte per rad.
business-currency = Valuta för belopp i mål
our-values = Våra värderingar
no-values-yet = Inga värderingar än. En värdering visas bäst med exempel på hur den syns i arbetet.
new-value = Ny värdering
edit-value = Ändra värdering
value-name = Namn
meaning = Vad den betyder hos oss
looks-like = Så här ser det ut
not-like = Så här ser det inte ut
one-example-per-line = Ett exempel per rad.
value-not-found = Den här värderingen finns inte (längre).
served-by = Standarder och manus som stöder den
nothing-serves-yet = Inga standarder eller manus är kopplade till den här värderingen än. Koppla dem när du ändrar dem.
values-it-serves = Värderingar som det stöder
poster = Affisch
poster-missing = Affischen saknar: { $fields }. Fyll i det som saknas under ”Ändra vision och löften”, så kommer det med på affischen.
back-to-values = Tillbaka till värderingarna

## Authority
authority-heading = Vem får bestämma vad
authority-intro = Vad varje roll får bestämma direkt, utan att fråga en chef.
new-rule = Ny befogenhet
edit-rule = Ändra befogenhet
rule-not-found = Den här befogenheten finns inte (längre).
no-rules-yet = Inga befogenheter än. Skriv ner vad varje roll får bestämma själv, så att ingen behöver gissa.
rule-situation-hint = Till exempel: ett klagomål på en vara.
rule-may = Får göra utan att fråga
rule-may-hint = Till exempel: byta varan, betala tillbaka, bjuda på en kaffe.
rule-asks-about = Vad måste frågas om först?
rule-ask-first = Måste fråga först (får inte bestämma det här själv)
rule-ask-first-hint = Till exempel när en högre roll inte ska få det som rollen under får. Skriv under ”Anteckningar” vem som ska tillfrågas.
limit = Upp till ett belopp (valfritt)
limit-hint = Lämna tomt om det inte finns någon gräns.
currency-label = Valuta
notes = Anteckningar
role-label = Roll
roles = Roller
new-role-name = Namn på ny roll
add-role = Lägg till roll
delete-named = Ta bort ”{ $name }”
role-has-rules =
    { $count ->
        [one] ”{ $name }” har 1 befogenhet. Vad ska hända med den?
       *[other] ”{ $name }” har { $count } befogenheter. Vad ska hända med dem?
    }
role-held-by =
    { $count ->
        [one] 1 person har rollen ”{ $name }” och flyttas till den roll du väljer.
       *[other] { $count } personer har rollen ”{ $name }” och flyttas till den roll du väljer.
    }
move-rules-to = Flytta befogenheterna till
delete-rules-too = Ta bort befogenheterna också
delete-role = Ta bort rollen
up-to = upp till { $amount }
to-authority = Vem får bestämma vad

## Counter: values and authority
what-may-i-decide = Vad får jag bestämma?
choose-your-role = Din roll
you-may-decide = Som { $role } får du bestämma det här själv
nothing-for-role = Inga befogenheter för den här rollen än. Fråga din chef.
inherited-as = Ja, som { $role }
own-rule-for = Egen regel för { $role }
ask-first-about = Fråga först: { $what }
as-role = Som { $role }
matrix-scroll-hint = Dra i sidled för att se fler roller.
counter-tools = Verktyg vid disken

## Settings: backups, packs, import
settings-heading = Inställningar
backups-heading = Säkerhetskopior och delning
backup-intro = Allt du skriver stannar på den här surfplattan. En säkerhetskopia är den enda kopian utanför den: ladda ner en då och då och spara den på ett säkert ställe.
download-backup = Ladda ner en fullständig säkerhetskopia
share-backup = Dela en säkerhetskopia…
export-failed = Det gick inte att skapa filen: { $detail }
pack-heading = Dela med en annan verksamhet
pack-intro = Ett paket innehåller de standarder, manus, värderingar och befogenheter som du väljer, och aldrig något om personer.
make-pack = Skapa ett paket…
pack-name = Paketets namn
pack-name-hint = Används i filnamnet, till exempel verksamhetens namn.
pick-areas = Standarder, per område
pick-scripts = Manus
pick-values = Värderingar
pick-rules = Befogenheter
download-pack = Ladda ner paketet
share-pack = Dela paketet…
pack-empty = Välj minst en sak att dela.
import-heading = Importera en fil
import-intro = Välj en säkerhetskopia eller ett paket från Vertskap, eller släpp filen här. Inget ändras förrän du har sett vad filen innehåller och sagt ja.
choose-file = Välj en fil att importera
drop-here = …eller släpp en fil här
reading-file = Läser filen…
file-refused = Den här filen kan inte importeras, och inget har ändrats. { $why }
preview-backup = En säkerhetskopia gjord { $date }
preview-pack = Ett paket gjort { $date }
count-new = Nya: { $n }
count-updated = Nyare i filen: { $n }
count-unchanged = Oförändrade: { $n }
count-older = Äldre i filen (det som finns här behålls): { $n }
count-conflicts = Ändrade på båda håll: { $n }
count-deleted-here = Raderat på den här surfplattan, finns kvar i filen (förblir raderat): { $n }
check-in-conflicts-newer = { $n ->
    [one] 1 registrering som ändrats på båda håll behåller den nyaste versionen.
   *[other] { $n } registreringar som ändrats på båda håll behåller den nyaste versionen.
}
bring-back-deleted = Återställ det som raderats på den här surfplattan
links-left-out = { $n ->
    [one] 1 länk till något som inte finns i filen tas bort.
   *[other] { $n } länkar till något som inte finns i filen tas bort.
}
records-left-out = { $n ->
    [one] 1 post som hör till något som inte finns i filen utelämnas.
   *[other] { $n } poster som hör till något som inte finns i filen utelämnas.
}
unknown-sections-kept = Filen innehåller också { $names }, som den här versionen av Vertskap inte kan visa. Det sparas och följer med i säkerhetskopior.
conflicts-heading = Ändrat på båda håll: vilken version ska gälla?
on-this-tablet = På den här surfplattan
in-the-file = I filen
keep-mine = Behåll surfplattans
take-theirs = Ta filens
import-mode = Hur ska filen importeras?
mode-merge = Slå ihop: lägg till det som är nytt, uppdatera det som är nyare i filen och behåll resten
mode-replace = Ersätt allt på den här surfplattan med filen
replace-warning = Allt på den här surfplattan ersätts. Först sparas en säkerhetskopia av det som finns här nu, och den kan laddas ner från den här sidan.
import-now = Importera
importing = Importerar…
reading-progress = Läser filen
backup-progress = Skriver säkerhetskopian
import-progress = Importförlopp
import-done = Filen har importerats.
import-failed = Importen misslyckades och inget har ändrats.
kept-backup = Ladda ner säkerhetskopian som gjordes före ersättningen { $when }
kept-backup-earlier = Ladda ner säkerhetskopian som gjordes före en tidigare ersättning

## Updates, storage, backups on this device
update-region = Uppdatering av appen
update-ready = Det finns en uppdatering: en ny version av Vertskap är klar.
update-reload = Ladda om för att uppdatera
storage-warning-region = Så behåller du dina uppgifter
storage-warning = Den här webbläsaren har inte lovat att behålla Vertskaps uppgifter. Den kan radera dem när enheten får ont om utrymme eller när appen inte har använts på ett tag. Med en säkerhetskopia är ditt arbete tryggt.
save-backup-now = Säkerhetskopiera nu
got-it = Jag förstår
reminder-region = Påminnelse om säkerhetskopia
reminder-never =
    { $days ->
        [one] Ingen säkerhetskopia har sparats än, och det första du skrev in är { $days } dag gammalt.
       *[other] Ingen säkerhetskopia har sparats än, och det första du skrev in är { $days } dagar gammalt.
    }
reminder-since =
    { $days ->
        [one] Den senaste säkerhetskopian är { $days } dag gammal, och en del har ändrats sedan dess.
       *[other] Den senaste säkerhetskopian är { $days } dagar gammal, och en del har ändrats sedan dess.
    }
reminder-why = En säkerhetskopia är den enda kopian av dina uppgifter utanför den här enheten.
not-now = Inte nu
storage-heading = Lagring på den här enheten
storage-checking = Frågar webbläsaren…
storage-persistent = Den här webbläsaren har lovat att behålla Vertskaps uppgifter tills du själv raderar dem.
storage-best-effort = Den här webbläsaren behåller Vertskaps uppgifter bara så länge den själv vill: den kan radera dem utan att fråga när enheten får ont om utrymme, och Safari raderar dem efter sju dagar utan besök om inte Vertskap har lagts till på hemskärmen. Spara en säkerhetskopia regelbundet och förvara den någon annanstans.
storage-unsupported = Den här webbläsaren kan inte lova att behålla några uppgifter alls. Spara en säkerhetskopia regelbundet och förvara den någon annanstans.
storage-usage = Används: { $used } av ungefär { $quota } som webbläsaren tillåter.
ask-to-keep = Be webbläsaren att behålla uppgifterna
reminder-every = Påminn mig om att spara en säkerhetskopia efter
reminder-days =
    { $days ->
        [one] { $days } dag
       *[other] { $days } dagar
    }
reminder-off = Aldrig
last-backup = Senaste säkerhetskopian från den här enheten: { $date }.
no-backup-yet = Ingen säkerhetskopia har sparats från den här enheten än.
business-profile = Vision och löften

## Empty sections
page-not-found = Den här sidan finns inte.

## Failures
unavailable-heading = Dina uppgifter kan inte sparas i den här webbläsaren
cannot-open-heading = Vertskap kan inte öppna dina uppgifter just nu
unavailable-body = Vertskap sparar allt på den här enheten, i webbläsarens egen lagring, och den här webbläsaren tillåter inte det just nu. Allt du skrev skulle gå förlorat, så appen stannar här.
unavailable-advice = Öppna Vertskap i ett vanligt (inte privat) fönster, tillåt webbplatsdata för den här sidan i webbläsarens inställningar eller prova en annan webbläsare.
technical-detail = Teknisk information: { $detail }
try-again = Försök igen
crash-heading = Något gick fel
crash-body = Dina uppgifter är i säkerhet: allt du har sparat finns kvar i den här webbläsaren. Ladda om sidan för att fortsätta.
reload = Ladda om

## The seven host parameters (built-in areas)
host-know-expectations = Känn kundens förväntningar
host-give-a-little-more = Ge lite mer än väntat
host-easy-to-reach = Lätta att nå, snabba att svara
host-care-selling = Merförsäljning med omtanke
host-clean-and-tidy = Rent och snyggt omkring oss
host-last-impression = Sista intrycket och återbesök
host-wow-effect = Wow-effekten

## Channels
channel-in-person = På plats
channel-phone = Telefon
channel-written = E-post och chatt
channel-any = Oavsett kanal

## Complaint stages: short names, then the first words of each (the business rewords them)
stage-listen = Lyssna
stage-apologise = Be om ursäkt
stage-find-out = Ta reda på vad som hände
stage-offer-solution = Erbjud en lösning
stage-compensate = Gottgör
stage-follow-up = Följ upp
stage-tell-improvement = Berätta vad som har förbättrats
guidance-listen = Låt gästen prata till punkt. Ställ frågor, upprepa sedan med egna ord vad du har hört, och tacka för att gästen berättade.
guidance-apologise = Be om ursäkt för att det blev som det blev, enkelt och utan bortförklaringar.
guidance-find-out = Ställ lugna frågor tills du vet vad som hände.
guidance-offer-solution = Erbjud en lösning, helst en som passar just den här gästen.
guidance-compensate = Om det är rimligt kan du erbjuda något extra, men först nu: aldrig som första steg.
guidance-follow-up = Hör med gästen att det blev löst, och berätta för kollegorna så att det inte händer igen.
guidance-tell-improvement = Berätta för gästen vad ni har ändrat tack vare att gästen sa till.

## Starter roles
role-extra-help = Extrapersonal
role-staff = Medarbetare
role-shift-lead = Skiftledare
role-manager = Chef

## Language
language-label = Språk
language-follow-browser = Som webbläsaren: { $language }
language-not-loaded = { $language } kunde inte laddas: enheten har inte hämtat språket än och saknar anslutning nu. Anslut till internet och välj det igen.

## Files refused
file-empty = Filen är tom.
file-too-large = Filen är { $megabytes } MB; Vertskap läser filer på upp till { $max } MB.
file-binary = Det här är ingen textfil (kanske en bild eller ett dokument). Välj en .json-fil från Vertskap.
file-not-utf8 = Filen är inte UTF-8-text (vid byte { $byte }). Den kan ha sparats av ett annat program.
file-not-json = Filen är inte JSON: det blir fel på rad { $line }, kolumn { $column }.
file-truncated = Filen tar slut mitt i: den blev troligen avklippt när den kopierades. Exportera den igen.
file-too-deep = Filen har listor i listor i för många nivåer för att vara en Vertskap-fil.
file-not-vertskap = Den här JSON-filen är inte gjord av Vertskap.
file-too-new = Den här filen är gjord av en nyare version av Vertskap (format { $version }) — uppdatera appen först.
file-unknown-version = Det framgår inte av filen vilket Vertskap-format den använder.
at-place = { $place }: { $problem }
expected-found = förväntade { $expected }, hittade { $found }
field-missing = det här obligatoriska fältet saknas
not-a-date-time = inte ett giltigt datum och klockslag
not-an-id = inte ett giltigt id
id-twice = id { $id } används två gånger
points-nowhere = pekar på { $id }, som inte finns i filen
expect-text = text
expect-whole-number = ett heltal
expect-number = ett tal
expect-true-or-false = sant eller falskt
expect-list = en lista
expect-object = ett objekt
expect-id = ett id
expect-date-time = ett datum och klockslag
found-nothing = ingenting
found-true-or-false = sant eller falskt
found-number = ett tal
found-text = text
found-list = en lista
found-object = ett objekt

## Field problems
need-title = Ge standarden en rubrik.
need-area-name = Ge området ett namn.
need-step = Lägg till minst ett steg.
need-value-name = Ge värderingen ett namn.
need-role-name = Ge rollen ett namn.
need-rule-situation = Beskriv situationen.
need-rule-may = Skriv vad rollen får göra.
need-role = Välj en roll.
required = Det här fältet måste fyllas i.
unknown-area = Det området finns inte längre. Välj ett annat.
too-long = Det här är för långt: högst { $max } tecken.
duplicate-area-name = Det finns redan ett område med det här namnet.
too-many-steps = Högst { $max } steg.
say-or-do = Skriv vad man ska säga, vad man ska göra eller både och.
unknown-role = Den rollen finns inte längre. Välj en annan.
amount-not-a-number = Skriv beloppet som ett tal, till exempel 500 eller 49,90.
amount-not-positive = Beloppet måste vara större än noll.
amount-too-large = Det är mer än någon bestämmer ensam: högst { $max }.
amount-too-many-decimals = Använd högst två decimaler.
backbone-broken = Stegen för klagomål måste stå i den här ordningen: lyssna, be om ursäkt, ta reda på vad som hände, erbjud en lösning, gottgör, följ upp, berätta vad som har förbättrats.

target-not-positive = Målet måste vara större än noll.
end-before-start = Slutdatumet får inte vara före startdatumet.
not-a-date = Skriv datumet som år-månad-dag, till exempel 2026-03-09.
no-such-day = Den dagen finns inte.
value-not-a-number = Skriv ett tal, till exempel 3 eller 49,90.
value-negative = Talet kan inte vara negativt.
value-not-whole = Använd ett heltal.
value-outside-scale = Välj ett helt steg från { $min } till +{ $max }.
done-is-zero-or-one = Gjort är 1, inte gjort är 0.
value-too-large = Det är för stort: högst { $max }.
target-always-met = Varje period skulle nå det här målet. Välj ett mål som kräver något.
unknown-person = Den personen finns inte längre. Välj någon annan.
note-about-non-participant = Anteckningen gäller någon som inte längre är med i samtalet. Välj vem den gäller, eller ta med personen igen.
unknown-goal = Det målet finns inte längre.
unknown-standard = Den standarden finns inte längre. Välj en annan.
outside-goal-dates = Datumet ligger utanför målets start och slut.
already-done = Det här är redan markerat som gjort den dagen.
pass-mark-outside = Godkäntgränsen måste vara ett heltal från 1 till 100 (procent).
checklist-needs-items = Checklistan behöver minst en punkt att kontrollera.
weight-outside = Vikten måste vara 1, 2 eller 3.
item-target-outside = Målet måste vara ett heltal från 0 och uppåt.
answer-does-not-fit = Svaret passar inte punkten (till exempel en skala på en ja/nej-fråga).
due-before-visit = Tidsfristen kan inte vara före besöket.

## Storage failures
quota-exceeded = Enheten har slut på lagringsutrymme, så ändringen sparades inte. När utrymmet tar slut kan webbläsaren radera Vertskaps uppgifter: spara en säkerhetskopia nu och frigör sedan utrymme på enheten.
lost-data-heading = Vertskaps uppgifter är borta från den här webbläsaren
lost-data-what = { $records ->
    [one] När Vertskap senast användes här hade enheten 1 post, senast ändrad { $date }.
   *[other] När Vertskap senast användes här hade enheten { $records } poster, senast ändrade { $date }.
} Webbläsaren har raderat dem, vilket webbläsare kan göra när en enhet får slut på utrymme.
lost-data-last-backup = Den senaste säkerhetskopian från den här enheten är från { $date }. Välj den under Inställningar för att få tillbaka allt.
lost-data-no-backup = Ingen säkerhetskopia sparades från den här enheten. Har en annan surfplatta eller en kollega en, kan du läsa in den under Inställningar.
lost-data-restore = Återställ från en säkerhetskopia
lost-data-start-again = Börja om utan den
storage-blocked = Vertskap är öppet i en annan flik med en äldre version. Stäng de andra flikarna och ladda sedan om den här.
data-too-new = Dina uppgifter sparades av en nyare version av Vertskap. Ladda om sidan för att få den nyaste versionen.
upgraded-elsewhere = En nyare version av Vertskap öppnades i en annan flik eller ett annat fönster. Ladda om den här för att fortsätta med den; allt som har sparats finns kvar.
write-failed = Ändringen kunde inte sparas, och inget av den har behållits. Försök igen. ({ $detail })
read-failed = Dina sparade uppgifter kunde inte läsas. Ladda om sidan för att försöka igen. ({ $detail })

## Starter kit
starter-region = Startpaket
starter-heading = Vill du börja med ett startpaket?
starter-intro = Startpaketet fyller Vertskap med exempel: standarder för sju viktiga delar av värdskapet, manus för vardagliga situationer, övningsfall, värderingar och befogenheter. Ändra eller ta bort det som inte passar er. Du kan också börja från noll.
start-from-kit = Börja med startpaketet
start-blank = Börja från noll
starter-loading = Hämtar startpaketet…
starter-failed = Startpaketet kunde inte hämtas: { $detail }
starter-not-stored = Startpaketet kunde inte sparas på den här enheten. Inget av det sparades.
starter-kit-heading = Startpaket
starter-kit-intro = Hämta exemplen i startpaketet på språket du använder nu. Det du redan har, eller har ändrat, stannar som det är. Bara det som saknas läggs till.
load-starter-kit = Hämta startpaketet
starter-loaded =
    { $count ->
        [0] Startpaketet är hämtat. Inget saknades.
        [one] Startpaketet är hämtat: 1 ny sak.
       *[other] Startpaketet är hämtat: { $count } nya saker.
    }

## Goals: the team overview
goals-heading = Mål
goals-intro = Vad varje person och hela teamet arbetar mot, och vem som ligger i fas den här perioden.
people-link = Personal
new-goal = Nytt mål
hold-conversation = Håll ett värdskapssamtal
praise-link = Beröm
question-bank-link = Frågebank
conversations-due-heading = Dags för värdskapssamtal
conversation-due-since = { $name }: dags sedan { $date }
this-period-heading = Vem ligger i fas
whole-team = Hela teamet
key-figures-heading = Nyckeltal
key-figure-economic = Ekonomi
key-figure-customer = Kunder
key-figure-service = Service
key-figure-employee = Medarbetare
on-track-yes = I fas
on-track-no = Ligger efter
on-track-unknown = Inget att gå efter än
no-goals-yet = Inga mål än. Ett mål säger vad en person eller hela teamet ska göra mer (eller mindre) av, och hur ni räknar det, till exempel merförsäljning med omtanke per vecka.
no-goals-for-person = Inga mål än.
target-at-least = minst { $target }
target-at-most = högst { $target }
progress-now = { $period }: { $value } (mål { $target })
nothing-logged-yet = { $period }: inget registrerat än
standing-reached = { $period }: { $value } av { $target }, uppnått
standing-to-go = { $period }: { $value } av { $target } hittills, { $to_go } kvar till { $by }
standing-to-go-today = I dag: { $value } av { $target } hittills, { $to_go } kvar
not-yet-today = Inte än i dag
standing-within = { $period }: { $value } hittills, högst { $target }
standing-over = { $period }: { $value }, över gränsen på { $target }
standing-score = { $period }: snitt { $value } hittills (mål: { $target })
weekday =
    { $day ->
        [1] måndag
        [2] tisdag
        [3] onsdag
        [4] torsdag
        [5] fredag
        [6] lördag
       *[7] söndag
    }
group-on-track = I fas
group-behind = Ligger efter
group-nothing-yet = Inget registrerat den här perioden
current-day = I dag
current-week = Den här veckan
current-month = Den här månaden
current-quarter = Det här kvartalet
streak =
    { $count ->
        [one] Nått målet 1 period i rad
       *[other] Nått målet { $count } perioder i rad
    }
streak-at-least = Nått målet { $count } perioder i rad eller fler
tap-plus-one = +1 { $title }
tap-done = Gjort i dag: { $title }
log-goals = Registrera mål
log-goals-heading = Registrera i dag
no-goals-at-counter = Inga mål att registrera än. En chef lägger in dem under Mål.
done-today = Gjort i dag
done-today-already = Gjort i dag ✓
logged = Registrerat.
check-in-logged = Registrerat: { $value }.
undo-check-in = Ångra registreringen för { $title }
check-in-undone = Ångrat. Inget registrerades.
amount-for = Belopp för { $title }
log-it = Registrera
score-for = Poäng för { $title }

## Goals: writing one
edit-goal = Ändra mål
goal-title = Vad är målet?
goal-title-hint = Till exempel: merförsäljning med omtanke, eller att hälsa på varje gäst inom tio sekunder.
owner = Vems mål
goal-kind-label = Hur det räknas
kind-done = Gjort eller inte, varje dag
kind-count = Ett antal, till exempel merförsäljningar med omtanke
kind-amount = Ett belopp, till exempel försäljning i kronor
kind-score = Ett betyg från −2 till +2
target = Målvärde
target-is = Målvärdet är
direction-at-least = Minst
direction-at-most = Högst
period-label = Räknas per
period-day = Dag
period-week = Vecka (måndag till söndag)
period-month = Månad
period-quarter = Kvartal
start-label = Start
end-label = Slut (valfritt)
status-label = Status
status-active = Aktivt
status-reached = Uppnått
status-dropped = Avbrutet
key-figure-label = Nyckeltal
no-key-figure = Inget
linked-standard = Standard som det stöder (valfritt)
no-linked-standard = Ingen
goal-not-found = Det här målet finns inte (längre).
back-to-goals = Tillbaka till målen
delete-goal = Ta bort målet
delete-goal-question = Vill du ta bort målet och alla registreringar som har gjorts för det? Det går inte att ångra.
delete-for-good = Ta bort för gott
delete-reflection = Ta bort reflektionen
delete-praise = Ta bort berömmet
delete-conversation = Ta bort samtalet
delete-note-question = Vill du ta bort det här för gott? Det går inte att ångra.
edit-reflection-of = Ändra reflektionen från { $date }
edit-praise-of = Ändra berömmet från { $date }
edit-conversation-on = Ändra samtalet från { $date }
edit-praise-heading = Ändra beröm
praise-not-found = Det här berömmet finns inte (längre).
back-to-praise = Tillbaka till beröm
conversation-not-found = Det här samtalet finns inte (längre).

## Goals: progress and check-ins
progress-heading = Hur det går
trend-heading = Över tid
trend-table-caption = ”{ $title }” per period
target-line-label = Mål: { $target }
so-far = hittills
week-short = v. { $week }
period-column = Period
value-column = Registrerat
result-column = Resultat
verdict-achieved = Uppnått
verdict-missed = Inte uppnått
verdict-open = Pågår
verdict-not-judged = Målet gällde inte hela perioden
week-label = Vecka { $week }, { $year }
month-label =
    { $month ->
        [1] januari
        [2] februari
        [3] mars
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] augusti
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }
quarter-label = Kvartal { $quarter } { $year }
check-in-heading = Ny registrering
check-in-date = Datum
check-in-value = Värde
check-in-done = Gjort den dagen
check-in-count = Antal
one-less = En mindre
one-more = En till
check-in-amount = Belopp ({ $currency })
check-in-score = Poäng
check-in-note = Anteckning
save-check-in = Spara registreringen
recent-check-ins = Registreringar
no-check-ins-yet = Inget registrerat än.
edit-check-in = Ändra registreringen från { $date }
delete-check-in = Ta bort registreringen från { $date }
check-in-saved = Sparat.
goal-of = Mål för { $name }

## People
people-heading = Personal
people-intro = Alla vars mål, samtal och beröm du har här. Tar du bort en person tas allt om personen bort.
add-person = Lägg till person
new-person = Ny person
edit-person = Ändra person
person-name = Namn
started = Började
next-conversation-due = Nästa värdskapssamtal
next-conversation-hint = Nästa samtal för var och en sätts till det här datumet. Lämna fältet tomt för att behålla de datum de har.
still-works-here = Jobbar här fortfarande
has-left = Har slutat
no-people-yet = Ingen personal än. Lägg till dem du jobbar med, så kan du ge dem mål och hålla värdskapssamtal.
no-one-to-praise = Ingen att ge beröm till än: lägg först till personerna du jobbar med.
no-roles-for-people = Lägg först till en roll under ”Vem får bestämma vad”: varje person har en roll.
person-not-found = Den här personen finns inte (längre).
back-to-people = Tillbaka till personalen
new-goal-for = Nytt mål för { $name }
write-reflection = Skriv en reflektion efter passet
give-praise = Ge beröm
reflections-heading = Reflektioner efter passet
praise-received-heading = Mottaget beröm
conversations-heading = Värdskapssamtal
nothing-yet = Inget än.
erase-person = Ta bort { $name } och allt om personen
erase-question =
    { $count ->
        [one] Det här tar bort { $name } och 1 uppgift om personen. Inget som nämner personen finns kvar efteråt. Det går inte att ångra.
       *[other] Det här tar bort { $name } och { $count } uppgifter om personen. Inget som nämner personen finns kvar efteråt. Det går inte att ångra.
    }
erase-detail = Mål: { $goals }. Registreringar: { $check_ins }. Reflektioner: { $reflections }. Beröm: { $praise }. Samtal som ändras eller tas bort: { $conversations }.
erase-also-backups = { $n ->
    [one] En säkerhetskopia från före en ersättning nämner personen: den tas också bort.
   *[other] { $n } säkerhetskopior från före en ersättning nämner personen: de tas också bort.
}
erased = { $name } och allt om personen har tagits bort.

## Host conversations
conversation-heading = Värdskapssamtal
conversation-intro = Ett kort samtal, två eller tre personer åt gången, om hur ni möter gästerna. Välj frågor, skriv ner vad ni kommer överens om och sätt mål tillsammans.
participants = Vem är med
questions-to-ask = Frågor
no-questions-yet = Frågebanken är tom. Lägg till frågor där, eller skriv anteckningar utan frågor.
notes-on = Anteckningar: { $question }
note-about = Vem gäller anteckningen?
note-shared = Alla i samtalet
note-only-about = Bara { $name }
note-about-absent = Bara { $name } (inte längre med i samtalet)
note-about-hint = En anteckning om en person visas bara på den personens sida. En anteckning till alla visas hos var och en.
goal-from-conversation = Ett mål från samtalet (valfritt)
goal-from-conversation-hint = Alla som är med får det här målet som sitt eget.
save-conversation = Spara samtalet
conversation-on = Värdskapssamtal { $date }
with-people = Med { $names }

## End-of-shift reflection
reflection-heading = Reflektion efter passet
reflection-intro = Ta en minut när passet är slut. Korta svar räcker, dem tar du med dig till nästa värdskapssamtal.
who-reflects = Vem
went-well = Vilket gästmöte i dag är du nöjd med? Vad gjorde att det gick bra?
went-badly = Var det något som gick dåligt i dag? Vad hände, och varför?
not-as-planned = Blev något inte som du hade tänkt dig? Vad tror du att det berodde på?
do-differently = Är det något du skulle göra annorlunda: det du sa, hur du läste av gästen, ditt kroppsspråk?

## Praise
praise-heading = Beröm
praise-intro = Berätta vad en kollega gjorde och vem det var. Det är konkret beröm som gör att det händer igen.
praise-from = Från (valfritt)
praise-from-nobody = Inte angivet
praise-to = Till
praise-what = Vad gjorde kollegan?
praise-what-hint = Till exempel: kom ihåg en stamgästs namn och vad gästen brukar beställa.
recent-praise = Senaste beröm
no-praise-yet = Inget beröm än.
praise-given = Till { $to }, från { $from }
praise-given-by-someone = Till { $to }
praise-counts-heading = Mottaget beröm
praise-total = Totalt

## Question bank
question-bank-heading = Frågebank
question-bank-intro = Frågorna du väljer bland i värdskapssamtalen. Formulera om dem så att de låter som du.
new-question = Ny fråga
add-question = Lägg till fråga
question-text = Fråga

## Visits
visits = Besök
visits-heading = Besök och checklistor
visits-intro = Gå igenom verksamheten med en checklista gjord av era standarder – själva, med en hemlig kund eller hos ett annat företag – och se område för område var ni ligger.
checklists-heading = Checklistor
no-checklists = Inga checklistor ännu. Gör den första av era standarder.
new-checklist = Ny checklista
start-visit = Starta ett besök
edit-checklist = Redigera checklistan
checklist-item-count =
    { $count ->
        [one] 1 punkt
       *[other] { $count } punkter
    }
visits-list-heading = Genomförda besök
no-visits = Inga besök ännu. Starta ett besök från en checklista.
visit-unfinished = Inte klart
visit-kind-self-audit = Egenkontroll
visit-kind-mystery-shopper = Hemlig kund
visit-kind-other-business = Besök hos ett annat företag
score-percent = { $percent } %
nothing-scored = Inget bedömt
verdict-passed = Godkänt
verdict-below = Under godkäntgränsen
verdict-critical = Inte godkänt: en kritisk punkt höll inte måttet
new-checklist-intro = Välj standarderna som ska kontrolleras. Varje punkt börjar som standardens ”Så mäts det”, och du kan skriva om den innan du sparar.
checklist-name = Checklistans namn
choose-standards = Standarder som ska kontrolleras
whole-area = Hela området ”{ $name }”
continue-to-items = Vidare till punkterna
choose-at-least-one = Välj minst en standard, eller börja med egna frågor.
start-with-own-questions = Börja med egna frågor
pass-mark-label = Godkäntgräns (%)
section-heading = Rubrik för delen
item-text = Vad som kontrolleras
answer-kind-label = Svar
answer-yes-no = Ja / nej
answer-scale = Skala 1–4
answer-number = Tal med mål
item-target = Mål
item-unit = Enhet (till exempel sekunder)
weight-label = Vikt
critical-label = Kritisk: håller inte den här, blir hela besöket underkänt
remove-item = Ta bort punkten
add-item-question = Lägg till en fråga
add-section = Lägg till en del med egna frågor
own-questions = Egna frågor
from-standard = Från standarden ”{ $title }”
delete-checklist = Radera checklistan
delete-checklist-question = Radera checklistan? Besök som gjorts med den behålls med sina svar.
checklist-not-found = Hittade inte checklistan
back-to-visits = ← Besök
visit-not-found = Hittade inte besöket
visit-date = Datum
visit-kind-label = Typ av besök
visited-by = Vem gjorde det
not-given = Inte angivet
shopper-name = Namn på den som besökte (valfritt)
business-visited = Företaget som besöktes
answer-yes = Ja
answer-no = Nej
answer-not-applicable = Ej aktuellt
scale-step1 = 1 Dåligt
scale-step2 = 2 Under förväntan
scale-step3 = 3 Bra
scale-step4 = 4 Mycket bra
number-answer = Svar (tal)
item-target-at-most = Mål: högst { $target } { $unit }
item-target-at-least = Mål: minst { $target } { $unit }
visit-saved = Sparat.
visit-not-saved = Det senaste svaret sparades inte. Försök igen.
finish-visit = Markera besöket som klart
visit-finished-on = Klart { $date }.
unanswered-left =
    { $count ->
        [one] 1 punkt är inte besvarad ännu.
       *[other] { $count } punkter är inte besvarade ännu.
    }
result-heading = Resultat
section-column = Del
share-column = Andel av poängen
total-row = Totalt
pass-mark-is = Godkäntgräns: { $percent } %
critical-badge = Kritisk
weight-badge = Vikt { $weight }
follow-up-heading = Åtgärd
make-follow-up = Skapa en åtgärd
follow-up-what = Vad ska göras
follow-up-who = Vem följer upp
follow-up-due = Klart senast
follow-up-done = Klart
train-with = Öva på det här med:
former-colleague = en tidigare kollega
delete-visit = Radera besöket
delete-visit-question = Radera besöket och alla svar?
area-trend-heading = Områdena över tid
area-trend-intro = Andelen av poängen per område i de senaste klara besöken, egna besök och besök hos andra var för sig.
own-visits = Egna besök
others-visits = Hos andra
visits-of-standard = Från besöken
held-up = Höll måttet
fell-short = Höll inte måttet
open-actions = Öppna åtgärder
due-on = klart senast { $date }

## Visits: print
print-blank-checklist = Skriv ut tom checklista
print-report = Skriv ut rapporten

## Visits: numbers
write-whole-number = Skriv ett heltal, till exempel 8.

## Visits: packs
pick-checklists = Checklistor för besök

## Visits: result
result-so-far = Resultat hittills
area-column = Område

## Customer ratings
rating-very-bad = Mycket dåligt
rating-bad = Dåligt
rating-good = Bra
rating-very-good = Mycket bra
rating-question-default = Hur var ditt besök i dag?
rating-thanks = Tack för ditt svar!
rating-why = Vill du berätta vad det gällde?
reason-waiting = Väntetid
reason-friendliness = Bemötande
reason-product = Produkten
reason-cleanliness = Städning
counter-rating = Kundens betyg
rating-scale = Svar
ratings-heading = Kundernas betyg
ratings-intro = Vad kunderna tryckte på vägen ut. Andelen bra svar står alltid med antalet svar bredvid, och med för få svar säger rapporten ingenting.
no-ratings-yet = Inga betyg ännu. Öppna ”Kundens betyg” i personalläget och låt kunderna trycka på vägen ut.
too-few-answers = För få svar för att säga något ({ $answers } svar)
share-good = { $percent } % bra ({ $answers } svar)
all-ratings = Alla svar
by-week = Vecka för vecka
week-column = Vecka
good-share-column = Andel bra
by-weekday-and-hour = Veckodag och timme
hour-column = Timme
reasons-given = Skäl som angavs
see-ratings = Kundernas betyg

## Customer ratings: report
answers-column = Antal svar

## Customer ratings: setup
rating-setup-heading = Fråga och skäl
rating-question-label = Frågan på skärmen
rating-reasons-label = Skäl en gäst kan trycka på efter ett dåligt svar, ett per rad
rating-too-few-label = Färre svar än så ger ingen andel
too-few-at-least-one = Skriv minst 1.

## Complaints
due-before-complaint = Tidsfristen kan inte vara före klagomålet.
no-consent = Kontaktuppgifter får bara sparas när kunden har sagt ja till det. Kryssa i samtycke, eller lämna fältet tomt.

## Complaints: words
complaint-heading = Klagomål
complaint-said-label = Vad kunden sa
compensation-label = Kompensation

## Complaints: screens
customers-section = Kunder
complaints-heading = Klagomål
complaints-intro = Klagomål som loggats vid disken, och uppföljningen av dem. Ett ärende är stängt när alla åtgärder är gjorda och kunden har fått veta vad ni har förbättrat.
log-complaint = Logga ett klagomål
open-cases = Öppna ärenden ({ $count })
closed-cases = Stängda ärenden ({ $count })
no-open-cases = Inga öppna ärenden.
no-complaints-yet = Inga klagomål har loggats ännu. De loggas i personalläget, eller med knappen ovan.
overdue-badge = Försenat
open-badge = Öppet
closed-on = Stängt { $date }
complaint-of = Klagomål { $date }
complaint-not-found = Klagomålet hittades inte
back-to-complaints = ← Klagomål
complaint-when = När
done-on-the-spot = Gjort på plats
nothing-done-on-the-spot = Inget ikryssat
compensation-hint = Belopp i { $currency }. Lämna fältet tomt om kunden inte fick något.
logged-by = Registrerat av
approved-by-label = Godkänt av
above-limit = Det är mer än { $who } får ge utan att fråga ({ $limit }). Vilken chef godkände det?
no-limit-for = { $who } får inte ge ersättning utan att fråga. Vilken chef godkände det?
nobody-logged = Ingen är vald som den som loggar. Vilken chef godkände ersättningen?
need-approver = Välj chefen som godkände ersättningen.
cause-label = Orsak
no-cause = Ingen orsak vald
contact-label = Kundens kontaktuppgifter (valfritt)
consent-label = Kunden har sagt ja till att vi sparar detta för att kontakta hen
contact-kept-hint = Raderas automatiskt { $days ->
        [one] en dag
       *[other] { $days } dagar
    } efter att ärendet har stängts.
save-complaint = Logga klagomålet
complaint-logged = Klagomålet är loggat. Chefen följer upp det.
log-another = Logga ett till
actions-heading = Åtgärder
add-action = Lägg till en åtgärd
remove-action = Ta bort åtgärden
no-actions = Inga åtgärder ännu. Vad gör ni för att det inte ska hända igen?
customer-told-heading = Har kunden fått veta vad ni förbättrade?
not-yet = Inte än
told-on = Ja, kunden fick veta det
told-day = Dagen kunden fick veta det
no-contact-wanted = Kunden ville inte bli kontaktad
patterns-heading = Klagomål per orsak och månad
edit-complaint = Ändra klagomålet
delete-complaint = Ta bort klagomålet
delete-complaint-question = Ta bort klagomålet med alla åtgärder? Det går inte att ångra.
complaints-about-standard = Klagomål kopplade till den här standarden
compensation-approved = { $amount }, godkänt av { $who }
no-compensation = Ingen
contact-days-label = Radera kundernas kontaktuppgifter så många dagar efter att ett klagoärende har stängts
contact-days-saved = Sparat.
case-status = Status
complaint-not-saved = Ändringen sparades inte. Det du ser nu är det som är sparat. Försök igen.

## Goals: the share of good ratings
kind-good-ratings = Andelen bra svar från kunderna vid disken, i procent
percent-value = { $percent } %
standing-share = { $period }: { $share } (mål: { $target })
counted-from-ratings = Det här målet beräknas utifrån kundernas betyg vid disken och tar inte emot registreringar.
good-ratings-target-hint = Ett helt antal procent, högst 100. Perioder med för få svar bedöms inte.

## Goals: the share of good ratings, verdict
verdict-too-few = För få svar för att säga något

## Complaints: screens, short words
contact-heading = Kontakt
new-action-label = Ny åtgärd: vad ska göras?
month-short =
    { $month ->
        [1] jan.
        [2] feb.
        [3] mars
        [4] apr.
        [5] maj
        [6] juni
        [7] juli
        [8] aug.
        [9] sep.
        [10] okt.
        [11] nov.
       *[12] dec.
    }

## Goals: a goal's kind stays
kind-fixed-hint = Hur målet räknas kan inte ändras när det är skapat: registreringarna är räknade så. Skapa ett nytt mål för att räkna på ett annat sätt.

## Complaints: a cause gone, numbered labels
cause-removed = (borttagen)
numbered-label = { $label } ({ $n })

## Knowledge check
nothing-to-draw = Med de här områdena och frågetyperna finns det inga frågor att dra. Välj fler, eller skriv några frågor själv.

## Knowledge check: questions written by hand
one-right-choice = Markera exakt ett rätt svar.
too-few-choices = Skriv minst två svar eller steg, och lämna inga tomma.

## Knowledge check: words
knowledge-check-heading = Kunskapskontroll
question-count-label = Antal frågor

## Knowledge check: screens
knowledge-checks-heading = Kunskapskontroll före första passet
knowledge-intro = Frågor som bygger på era egna standarder, manus, värderingar och befogenheter, och några ni skriver själva. Den nyanställda gör kontrollen i personalläget; här ser ni vem som är redo.
new-check = Ny kontroll
edit-check = Ändra kontrollen
no-checks = Inga kontroller ännu. Skapa en, så skapas frågorna utifrån det ni redan har skrivit.
check-title-label = Kontrollens namn
check-areas-label = Områden (inget valt: alla)
check-kinds-label = Frågetyper
kind-authority-question = Vad du får bestämma själv
kind-script-order-question = Manusets steg i rätt ordning
kind-first-line-question = Vad du säger när …
kind-standard-question = Vilken standard ett exempel hör till
kind-value-question = Vilken värdering ett exempel visar
kind-own-question = Egna frågor
reveal-label = Visa rätt svar
reveal-after-each = Efter varje svar
reveal-at-end = På slutet
refresher-label = Ny kontroll efter så många månader (tomt: aldrig)
own-questions-heading = Egna frågor
add-single-choice = Ny fråga med ett rätt svar
add-true-false = Ny sant/falskt-fråga
add-order-question = Ny fråga om ordning
add-free-text = Ny fråga med fritt svar
question-label = Fråga
choice-label = Svar
right-choice-label = Det här är rätt
step-label = Steg
model-answer-label = Ett bra svar, för den som rättar
statement-true = Påståendet är sant
remove-question = Ta bort frågan
source-missing = Standarden eller manuset den här frågan gällde är borttagen. Se över frågan.
readiness-heading = Vem är redo för första passet?
ready-since = Redo från { $date }
passed-on = Godkänd { $date } ({ $percent } %)
not-passed-yet = Inte godkänd än
refresher-due = Dags för ny kontroll
sign-off = Godkänn { $name } som redo
to-mark-heading = Svar att rätta
mark-right = Rätt
mark-wrong = Fel
counter-knowledge = Kunskapskontroll
who-is-taking = Vem gör kontrollen?
start-check = Starta
question-of = Fråga { $n } av { $total }
answer-it = Svara
next-question = Nästa
answered-right = Rätt!
answered-wrong = Inte riktigt. Rätt svar: { $answer }
from-source = Från: { $name }
check-passed = Godkänd! { $percent } % rätt.
check-failed = Inte godkänd än: { $percent } % rätt, { $mark } % behövs.
check-waits-for-marking = Ett svar väntar på att chefen rättar det.
retake-wrong =
    { $count ->
        [one] Svara igen på frågan du hade fel på
       *[other] Gör om de { $count } frågorna du hade fel på
    }
authority-prompt = { $situation }: Får den som är { $role } ”{ $may }” för { $amount } utan att fråga?
order-prompt = Sätt stegen i ”{ $title }” i rätt ordning.
first-line-prompt = { $situation } Vad säger du?
standard-prompt = Vilken standard hör detta till: ”{ $example }”?
value-prompt = Vilken värdering visar detta: ”{ $example }”?
true-answer = Sant
false-answer = Falskt
your-answer-label = Ditt svar
see-knowledge-checks = Kunskapskontroll
check-saved = Kontrollen är sparad.

## Knowledge check: more words
source-label = Gäller (valfritt)
delete-check-question = Ta bort kontrollen? Försöken som gjorts finns kvar hos varje person.
attempt-not-saved = Resultatet sparades inte. Gör kontrollen igen.

## Knowledge check: packs
pick-checks = Kunskapskontroller (med egna frågor, aldrig någons försök)

## Knowledge check: order answers
not-quite-order = Inte riktigt. Rätt ordning:

## Knowledge check: after review
whole-number-range = Skriv ett heltal från { $min } till { $max }.
choose-your-name = Välj ditt namn
nothing-to-draw-at-counter = Den här kontrollen har inga frågor att ställa just nu. Säg till en chef.
add-choice = Lägg till ett svar
answered-wrong-mark = Fel

## Service drip
story-needs-consent = Fråga den som nämns i berättelsen om det går bra, och kryssa i när de har sagt ja. Eller ta bort namnet.
unknown-value = Den värderingen finns inte längre: välj en annan.
need-story-title = Ge berättelsen en rubrik.
need-story-text = Berätta vad som hände.
need-square-text = Skriv vad som ska göras i den här rutan.

## Service drip records
service-meeting-heading = Veckans servicemöte
service-story-heading = Serviceberättelse
service-bingo-heading = Servicebingo
focus-standard-label = Veckans standard
story-title-label = Rubrik
story-text-label = Vad hände
bingo-square-number = Ruta { $n }
square-ticked = Avkryssad
square-unticked = Inte avkryssad
prompt-went-well = Ett kundmöte som gick bra: vad hände, och varför gick det bra?
prompt-went-badly = Ett kundmöte som gick dåligt: vad hände, och varför?
prompt-colleague-solved = Hur löste en kollega en knepig situation?
prompt-other-ways = Hur kunde situationen ha hanterats på andra sätt?
## Weekly service meeting
no-focus-chosen = Ingen standard vald
no-story-chosen = Ingen berättelse vald
print-meeting = Skriv ut mötet
weeks-nav = Veckor
previous-week = Föregående vecka
next-week = Nästa vecka
last-week-heading = Förra veckan i korthet ({ $week })
choose-focus-standard = Standard som teamet ska ha i tankarna den här veckan
focus-shown-at-counter = Personalläget visar den hela veckan.
story-of-the-week = Veckans berättelse
choose-story = Berättelsen som berättas den här veckan
write-story-link = Skriv en ny berättelse
story-about = Om { $name }
team-discussion-heading = Samtal i teamet
save-meeting = Spara mötet
meeting-saved = Mötet är sparat.
past-meetings-heading = Tidigare möten
visit-score-line = { $title }: { $percent } %
goals-on-track = { $on_track } av { $active } i fas nu
nothing-recorded-that-week = Ingenting registrerades den veckan: inga betyg från kunder, klagomål, besök eller kunskapskontroller.
none-that-week = Inga
customers-ratings = Kundernas betyg
opened-closed = Nya: { $opened }, avslutade: { $closed }
people-passed = { $people } klarade ({ $taken } genomförda)

## Service stories
service-stories-heading = Serviceberättelser
stories-intro = Korta berättelser om gäster som fick god service, samlade efter värderingen de visar. Berätta en på veckans servicemöte.
no-stories-yet = Inga berättelser ännu. Skriv en själv, eller gör ett beröm eller en reflektion till en berättelse.
stories-without-value = Utan värdering
story-not-found = Berättelsen hittades inte
back-to-stories = Tillbaka till berättelserna
new-story-heading = Ny serviceberättelse
edit-story-heading = Redigera berättelsen
story-from-praise-note = Berättelsen börjar med orden från berömmet. Skriv om den som du vill berätta den.
story-from-reflection-note = Berättelsen börjar med det som gick bra i reflektionen. Skriv om den som du vill berätta den.
story-date-label = När det hände
story-value-label = Värderingen den visar
no-value-chosen = Ingen värdering vald
story-person-label = Kollegan berättelsen handlar om
no-one-named = Ingen namngiven
story-asked-label = { $name } har sagt ja till att nämnas i berättelsen
save-story = Spara berättelsen
delete-story = Ta bort berättelsen
delete-story-question = Ta bort den här berättelsen? Möten där den berättades visar den inte längre.
## Bingo and key figures
ticked-by = Avkryssad av { $name }
bingo-count = { $count ->
        [one] En bingo
       *[other] Bingo { $count } gånger
    }
card-saved = Brickan är sparad.
bingo-intro = Sexton små extra saker för veckan. Personalen kryssar i en ruta i personalläget när de har gjort det; fyra i rad, i en kolumn eller diagonalt är bingo. En ny bricka varje vecka.
this-weeks-card = Veckans bricka ({ $week })
draw-card = Dra rutor från standarderna
draw-again = Dra nya rutor
ticks-stay-on-squares = Kryss som redan är satta stannar kvar på sina rutor när du sparar en ändrad bricka.
save-card = Spara brickan
no-card-this-week = Ingen bingobricka för den här veckan ännu.
past-cards-heading = Tidigare brickor
no-card-at-counter = Det finns ingen bingobricka den här veckan. Fråga en chef.
tick-square-hint = Tryck på en ruta när du har gjort det. Tryck igen för att ångra.
who-did-it = Vem gjorde det? (valfritt)
bingo-celebration = Bingo! En hel rad.
tick-not-saved = Krysset sparades inte. Försök igen.
measure-good-ratings = Bra betyg från kunder
measure-complaints = Klagomål
measure-visits-passed = Egna besök som nådde kravet
measure-people-passed = Anställda som klarade en kunskapskontroll
measure-praise = Beröm givet
measure-items-of-standard = Poäng vid besök för den här standarden
share-of = { $percent } % ({ $part } av { $whole })
too-few-to-say = För få för att säga något
no-change = Oförändrat
items-scored = { $percent } % ({ $answered } punkter)
figure-column = Nyckeltal
change-column = Förändring
weeks-before = Före ({ $weeks } veckor)
weeks-during = { $weeks ->
        [one] Under (1 vecka)
       *[other] Under ({ $weeks } veckor)
    }
key-figures-intro = De senaste { $weeks } veckorna bredvid de { $weeks } veckorna före, med siffrorna bakom. Andelar visas först när det finns tillräckligt med svar.
last-weeks-column = Senaste { $weeks } veckorna
weeks-before-column = De { $weeks } veckorna före
no-figures-in-group = Inga siffror här ännu. Koppla ett mål till den här gruppen för att följa det här.
focus-figures-heading = Veckans standard: före och under
no-focus-yet = Ingen veckans standard är vald ännu. Välj en på veckans servicemöte.
service-meeting-link = Veckans servicemöte
service-stories-link = Serviceberättelser
service-bingo-link = Servicebingo
key-figures-link = Nyckeltal
make-story = Gör till serviceberättelse
this-week-heading = Den här veckan

## Stories from praise
make-story-of-praise = Gör berömmet från { $date } till en serviceberättelse
make-story-of-reflection = Gör det som gick bra den { $date } till en serviceberättelse
already-a-story = Redan en serviceberättelse
## Key figures, too few
too-few-visits-to-say = För få besök för att säga något ({ $count } besök)
too-few-items-to-say = { $count ->
        [one] För få punkter för att säga något (1 punkt)
       *[other] För få punkter för att säga något ({ $count } punkter)
    }
## Meeting not saved
meeting-not-saved = Mötet sparades inte. Det du skrev finns kvar här: försök igen.

## Knowledge check saved
attempt-saved = Resultatet är sparat.

## Drip review fixes
focus-week-not-over = Veckans standard är vald, men veckan är inte slut ännu. Siffrorna kommer när den är det.
card-not-saved = Brickan sparades inte. Rutorna finns kvar här: försök igen.

## Key figures, points
percent-points = { $n ->
        [one] 1 procentenhet
       *[other] { $n } procentenheter
    }

## Key figures, no data
no-data-yet = Inga uppgifter ännu

## Sync
not-web-address = Skriv en adress som börjar med https://, till exempel https://db.exempel.se/kafe.
not-secure-address = Adressen måste börja med https://, så att lösenordet inte skickas okrypterat över nätet. Bara en databas på den här datorn kan nås med http://.
no-database-name = Avsluta adressen med databasens namn i små bokstäver, till exempel …/kafe-centrum.
own-database-needed = Personaldata synkroniseras bara till en databas som företaget själv äger. Kryssa i det, eller välj bara innehåll.
sync-unreachable = Fick ingen kontakt med servern. Kontrollera att surfplattan är uppkopplad och att adressen stämmer. Försöker igen av sig själv.
sync-timed-out = Servern svarade inte i tid. Försöker igen av sig själv.
sync-wrong-password = Fel användarnamn eller lösenord. Rätta dem nedan och spara.
sync-no-access = Den här användaren har inte behörighet till databasen. Be den som sköter servern om behörighet.
sync-database-missing = Det finns ingen databas på den här adressen. Kontrollera namnet i slutet av adressen, eller be den som sköter servern att skapa den.
sync-server-trouble = Servern har ett problem (fel { $status }). Försöker igen av sig själv.
sync-not-a-database = Adressen svarar, men inte som en CouchDB-databas. Kontrollera adressen.
sync-storage-failed = Det som kom från servern sparades inte här: { $detail }
sync-heading = Synkronisering mellan surfplattor
sync-intro = Håll flera surfplattor i samma företag lika genom en CouchDB-databas. Adressen, användaren och lösenordet sparas bara på den här surfplattan, aldrig i säkerhetskopior eller paket.
sync-address-label = Databasens adress
sync-user-label = Användarnamn
sync-password-label = Lösenord
sync-what-legend = Vad som synkroniseras
sync-content-only = Bara innehåll: standarder, manus, värderingar, befogenheter, checklistor och kunskapskontroller
sync-everything = Allt, även personal, mål, betyg, klagomål och veckomöten
sync-own-database = Databasen är företagets egen, och ingen annan har tillgång till den
sync-save = Spara och synkronisera
sync-now = Synkronisera nu
sync-turn-off = Stäng av synkronisering
sync-is-off = Synkronisering är avstängd på den här surfplattan.
sync-never = Inte synkroniserad ännu.
sync-running = Synkroniserar …
sync-progress-label = Hämtat från servern
sync-fetched = { $n ->
    [one] 1 ändring hämtad hittills …
   *[other] { $n } ändringar hämtade hittills …
}
sync-last-at = Senast synkroniserad { $when }.
sync-pending = { $n ->
    [one] 1 ändring väntar på att skickas.
   *[other] { $n } ändringar väntar på att skickas.
}
sync-all-sent = Allt härifrån är skickat.
sync-offline = Frånkopplad. Ändringar sparas här och skickas när surfplattan är uppkopplad igen.
sync-kept-aside = { $n ->
    [one] 1 dokument från servern klarade inte kontrollerna och har lagts åt sidan:
   *[other] { $n } dokument från servern klarade inte kontrollerna och har lagts åt sidan:
}
sync-deletions-kept = { $n ->
    [one] 1 post som togs bort på en annan surfplatta har behållits här eftersom den ändrats eller används här. Den skickas tillbaka till servern.
   *[other] { $n } poster som togs bort på en annan surfplatta har behållits här eftersom de ändrats eller används här. De skickas tillbaka till servern.
}
sync-choices-waiting = { $n ->
    [one] 1 post har ändrats både här och på en annan surfplatta. Välj vilken version som ska gälla.
   *[other] { $n } poster har ändrats både här och på en annan surfplatta. Välj vilken version som ska gälla.
}
on-the-server = Från den andra surfplattan
take-servers = Ta den andra surfplattans
sync-apply-choices = Använd valen
sync-choices-saved = Valen är sparade och skickas till servern.
sync-attention = Synkroniseringen behöver dig

## Sync, left out
sync-left-out = { $n ->
    [one] 1 post från en annan surfplatta hör till något som tagits bort här och togs inte in.
   *[other] { $n } poster från en annan surfplatta hör till något som tagits bort här och togs inte in.
}

## Sync, refused
sync-refused = { $n ->
    [one] Servern avvisade 1 ändring härifrån. Den väntar här; be den som sköter servern titta på orsaken:
   *[other] Servern avvisade { $n } ändringar härifrån. De väntar här; be den som sköter servern titta på orsaken:
}
