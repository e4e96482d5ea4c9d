//! Sync as the app runs it: the settings of this device, a runner that starts a round
//! when the app opens, when something changed here, when the server says something
//! changed there, and when the person asks; and the status every page can read. Rounds
//! run beside the pages: a tap at the counter is stored here first, always.

use crate::clock::now;
use crate::domain::sync::{SyncFailure, SyncSettings};
use crate::domain::Timestamp;
use crate::sync::client::Couch;
use crate::sync::round::{pending_changes, Choices, Report, Round};
use crate::ui::library::{use_library, LibraryHandle};
use crate::ui::window_events::WindowListener;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use yew::prelude::*;

/// The first wait after a failure that may pass; doubled each time, up to [`MAX_BACK_OFF_MS`].
const FIRST_BACK_OFF_MS: u32 = 5_000;
const MAX_BACK_OFF_MS: u32 = 300_000;
/// Changes made here are sent this long after the last of a burst (typing, ticking).
const QUIET_MS: u32 = 1_500;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SyncState {
    pub settings: Option<SyncSettings>,
    pub running: bool,
    /// Changes fetched so far in this round, and how many the server says are left.
    pub fetched: Option<(usize, Option<u64>)>,
    pub last_synced: Option<Timestamp>,
    pub failure: Option<SyncFailure>,
    pub offline: bool,
    /// Changes here not yet on the server, when known.
    pub pending: Option<usize>,
    pub kept_aside: Vec<(String, String)>,
    pub deletions_kept: usize,
    pub left_out: usize,
    pub refused: Vec<(String, String)>,
    pub choices: Option<Rc<Choices>>,
}

pub enum SyncAction {
    Settings(Option<SyncSettings>),
    Started,
    Fetched(usize, Option<u64>),
    Finished(Report),
    Failed(SyncFailure, Option<usize>),
    Offline(Option<usize>),
    ChoicesStored,
}

impl Reducible for SyncState {
    type Action = SyncAction;

    fn reduce(self: Rc<Self>, action: SyncAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            // The same settings saved again keep what is known of the last sync.
            SyncAction::Settings(settings) if settings == next.settings => {}
            SyncAction::Settings(settings) => {
                // Another database has not been synced with yet.
                let same_database = settings.as_ref().map(|s| &s.address)
                    == next.settings.as_ref().map(|s| &s.address);
                next = SyncState {
                    settings,
                    last_synced: next.last_synced.filter(|_| same_database),
                    ..SyncState::default()
                }
            }
            SyncAction::Started => {
                next.running = true;
                next.fetched = None;
            }
            SyncAction::Fetched(n, left) => next.fetched = Some((n, left)),
            SyncAction::Finished(report) => {
                next.running = false;
                next.fetched = None;
                next.failure = None;
                next.offline = false;
                next.last_synced = Some(now());
                next.pending = Some(report.pending);
                next.kept_aside = report
                    .kept_aside
                    .iter()
                    .map(|r| (r.doc_id.clone(), crate::text::file_problem(&r.problem)))
                    .collect();
                next.deletions_kept = report.deletions_kept;
                next.left_out = report.left_out;
                next.refused = report.refused;
                next.choices = report.choices;
            }
            SyncAction::Failed(failure, pending) => {
                next.running = false;
                next.fetched = None;
                next.failure = Some(failure);
                next.offline = false;
                if pending.is_some() {
                    next.pending = pending;
                }
            }
            SyncAction::Offline(pending) => {
                next.running = false;
                next.offline = true;
                if pending.is_some() {
                    next.pending = pending;
                }
            }
            SyncAction::ChoicesStored => next.choices = None,
        }
        Rc::new(next)
    }
}

impl SyncState {
    /// Whether the person must do something: a failure that will not pass by itself,
    /// records to choose between, or documents kept aside.
    pub fn needs_attention(&self) -> bool {
        self.failure.as_ref().is_some_and(|f| !f.passes())
            || self.choices.is_some()
            || !self.kept_aside.is_empty()
            || !self.refused.is_empty()
    }
}

#[derive(Clone, PartialEq)]
pub struct SyncHandle {
    state: UseReducerHandle<SyncState>,
    wake: Rc<Waker>,
    store_name: String,
}

/// What ends a wait between rounds.
#[derive(Default)]
pub struct Waker {
    woken: Cell<bool>,
    /// The long poll under way, stopped when woken.
    poll: RefCell<Option<web_sys::AbortController>>,
}

impl PartialEq for Waker {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Waker {
    fn wake(&self) {
        self.woken.set(true);
        if let Some(poll) = self.poll.borrow_mut().take() {
            poll.abort();
        }
    }
}

impl SyncHandle {
    pub fn state(&self) -> &SyncState {
        &self.state
    }

    /// Keeps `settings` on this device and starts syncing with them. A different
    /// database than before is a new start: the ledger of the old one is forgotten.
    pub fn save(&self, settings: SyncSettings) -> Result<(), String> {
        crate::sync::settings::save(&self.store_name, &settings)?;
        self.state.dispatch(SyncAction::Settings(Some(settings)));
        // Unchanged settings do not start a new runner: the one there syncs now.
        self.wake.wake();
        Ok(())
    }

    pub fn sync_now(&self) {
        self.wake.wake();
    }

    pub fn choices_stored(&self) {
        self.state.dispatch(SyncAction::ChoicesStored);
        self.wake.wake();
    }
}

#[hook]
pub fn use_sync() -> Option<SyncHandle> {
    use_context::<SyncHandle>()
}

#[derive(Properties, PartialEq)]
pub struct SyncProviderProps {
    pub children: Html,
}

/// Holds the sync status for the pages under it, and runs rounds while sync is on.
#[component(SyncProvider)]
pub fn sync_provider(props: &SyncProviderProps) -> Html {
    let library = use_library();
    let store_name = library
        .as_ref()
        .map(|l| l.commands().store().name())
        .unwrap_or_default();
    let state = {
        let store_name = store_name.clone();
        use_reducer(move || SyncState {
            settings: crate::sync::settings::load(&store_name),
            last_synced: crate::sync::settings::load(&store_name)
                .and_then(|s| crate::sync::settings::load_last(&store_name, &s.address)),
            ..SyncState::default()
        })
    };
    let wake = use_memo((), |_| Waker::default());
    // The runner reads the library as it is when a round starts, not as it was when
    // the runner began.
    let latest = use_mut_ref(|| None::<LibraryHandle>);
    *latest.borrow_mut() = library.clone();
    {
        let wake = wake.clone();
        use_effect_with(library.as_ref().map(|l| l.revision()), move |_| wake.wake());
    }
    {
        let wake = wake.clone();
        use_effect_with((), move |_| {
            let listener = WindowListener::new("online", move || wake.wake());
            move || drop(listener)
        });
    }
    {
        let (state, wake, latest) = (state.clone(), wake.clone(), latest.clone());
        let settings = state.settings.clone().filter(|s| s.enabled);
        use_effect_with(settings, move |settings| {
            let running = Rc::new(Cell::new(true));
            if let Some(settings) = settings.clone() {
                let running = running.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    run(settings, state, wake, latest, running).await;
                });
            }
            move || running.set(false)
        });
    }
    let handle = SyncHandle {
        state,
        wake: wake.clone(),
        store_name,
    };
    html! {
        <ContextProvider<SyncHandle> context={handle}>
            { props.children.clone() }
        </ContextProvider<SyncHandle>>
    }
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Rounds, one after another, while `running` (settings unchanged, the app open).
async fn run(
    settings: SyncSettings,
    state: UseReducerHandle<SyncState>,
    wake: Rc<Waker>,
    latest: Rc<RefCell<Option<LibraryHandle>>>,
    running: Rc<Cell<bool>>,
) {
    let couch = Couch::new(&settings);
    let mut back_off = FIRST_BACK_OFF_MS;
    while running.get() {
        wake.woken.set(false);
        let Some(library) = latest.borrow().clone() else {
            return;
        };
        if !online() {
            state.dispatch(SyncAction::Offline(pending(&library, &settings).await));
            sleep_until_woken(&wake, &running, u32::MAX).await;
            continue;
        }
        state.dispatch(SyncAction::Started);
        let progress = {
            let state = state.clone();
            move |n: usize, left: Option<u64>| state.dispatch(SyncAction::Fetched(n, left))
        };
        let going = || running.get();
        let round = Round {
            commands: library.commands(),
            settings: &settings,
            progress: &progress,
            going: &going,
        };
        match round.run(library.library().clone()).await {
            // Stopped for new settings: the runner for those says how they go.
            Ok(report) if report.stopped => return,
            Ok(report) => {
                back_off = FIRST_BACK_OFF_MS;
                let (again, since) = (report.again, report.since.clone());
                state.dispatch(SyncAction::Finished(report));
                crate::sync::settings::save_last(
                    &library.commands().store().name(),
                    &settings.address,
                    now(),
                );
                if again || wake.woken.get() {
                    sleep_until_woken(&wake, &running, QUIET_MS).await;
                    continue;
                }
                wait_for_change(&couch, since.as_deref(), &wake, &running).await;
            }
            Err(failure) => {
                let passes = failure.passes();
                let offline = !online();
                let pending = pending(&library, &settings).await;
                state.dispatch(if offline {
                    SyncAction::Offline(pending)
                } else {
                    SyncAction::Failed(failure, pending)
                });
                // A wrong password does not heal by waiting: only new settings or
                // "Sync now" try again.
                let wait = if passes { back_off } else { u32::MAX };
                back_off = (back_off * 2).min(MAX_BACK_OFF_MS);
                wake.woken.set(false);
                sleep_until_woken(&wake, &running, wait).await;
            }
        }
    }
}

/// Waits for the server to say something changed, or for this tablet to have something
/// to send (then a quiet moment first, so a burst of taps goes as one push).
async fn wait_for_change(
    couch: &Couch,
    since: Option<&str>,
    wake: &Rc<Waker>,
    running: &Cell<bool>,
) {
    let Ok(stop) = web_sys::AbortController::new() else {
        return;
    };
    *wake.poll.borrow_mut() = Some(stop.clone());
    if wake.woken.get() {
        stop.abort();
    }
    loop {
        let changed = couch.wait_for_change(since, &stop).await;
        if !running.get() {
            break;
        }
        match changed {
            // Something to pull: straight on.
            Ok(true) => break,
            // Woken here: wait for the burst to end.
            _ if wake.woken.get() => {
                sleep_until_woken(wake, running, QUIET_MS).await;
                break;
            }
            // Nothing new before the server's timeout (or ours, on a server that
            // ignores it): wait again, without a round.
            Ok(false) | Err(SyncFailure::TimedOut) => continue,
            // The long poll failed: the next round says why.
            Err(_) => {
                gloo_timers::future::TimeoutFuture::new(FIRST_BACK_OFF_MS).await;
                break;
            }
        }
    }
    // Only this wait's controller: a runner started since (new settings) has its own.
    let mut poll = wake.poll.borrow_mut();
    if poll.as_ref().is_some_and(|p| js_sys::Object::is(p, &stop)) {
        poll.take();
    }
}

/// Sleeps `ms` (or until woken, for a long wait), checking twice a second.
async fn sleep_until_woken(wake: &Waker, running: &Cell<bool>, ms: u32) {
    let short = ms <= QUIET_MS;
    let mut left = ms;
    while running.get() && left > 0 {
        if !short && wake.woken.get() {
            return;
        }
        let step = left.min(500);
        gloo_timers::future::TimeoutFuture::new(step).await;
        left -= step;
        // A change during the quiet moment starts the quiet moment again.
        if short && wake.woken.replace(false) {
            left = ms;
        }
    }
}

/// How many changes wait to be sent; `None` (said in the console) when storage could
/// not tell: the status then keeps the last count it had.
async fn pending(library: &LibraryHandle, settings: &SyncSettings) -> Option<usize> {
    let store = library.commands().store();
    let counted = match store.sync_ledger().await {
        Ok(ledger) => {
            pending_changes(
                store,
                settings.scope,
                library.library(),
                &ledger,
                &ledger.waiting,
            )
            .await
        }
        Err(failure) => Err(failure),
    };
    match counted {
        Ok(out) => Some(out.docs.len()),
        Err(failure) => {
            web_sys::console::warn_1(
                &format!("vertskap: changes to send not counted: {failure:?}").into(),
            );
            None
        }
    }
}
