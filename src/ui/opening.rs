//! Storage opens and the library is read from the moment the app's code runs, while the
//! words of the language are read (`ui::start`): on a cold start the two waits overlap
//! instead of following one another, and the first screen is drawn once storage has
//! answered, with the loading sign of the page until then.

use crate::clock::{now, today};
use crate::domain::{Library, StorageFailure};
use crate::storage::changes::Heard;
use crate::storage::{Store, DB_NAME};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// What a start found in storage.
pub struct Opened {
    pub store: Store,
    pub library: Library,
    /// A repair (old links, contact details past their keeping time) that could not be
    /// stored: the library is usable as read, and the person hears why after the first
    /// screen.
    pub repair_failed: Option<StorageFailure>,
    /// Other tabs' changes, heard from before the library was read.
    pub changes: Heard,
}

pub type Outcome = Result<Opened, StorageFailure>;

/// The opening under way, handed from the start to the app.
#[derive(Clone)]
pub struct Opening(Rc<RefCell<Shared>>);

#[derive(Default)]
struct Shared {
    outcome: Option<Outcome>,
    /// Another tab holds an older version of the database open: the page must say so,
    /// and the opening goes on once that tab lets go.
    blocked: Signal,
    /// A newer version of the app asked for the database, and this tab let go of it at
    /// once, from the moment it was open: also before the app is shown, so a tab whose
    /// words never arrived does not hold up the upgrade.
    upgraded_elsewhere: Signal,
    wakers: Vec<Waker>,
}

/// Something that happened, or the app's handler for when it does.
#[derive(Default)]
struct Signal {
    happened: bool,
    tell: Option<Box<dyn FnOnce()>>,
}

type Which = fn(&mut Shared) -> &mut Signal;

fn blocked(shared: &mut Shared) -> &mut Signal {
    &mut shared.blocked
}

fn upgraded_elsewhere(shared: &mut Shared) -> &mut Signal {
    &mut shared.upgraded_elsewhere
}

/// One opening per start: props compare it by identity.
impl PartialEq for Opening {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Opening {
    pub fn begin() -> Opening {
        let opening = Opening(Rc::default());
        let reporter = opening.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = open(&reporter).await;
            reporter.settle(outcome);
        });
        opening
    }

    /// Until storage has answered, or is blocked and the page must say why it waits.
    pub async fn settled(&self) {
        Until(self, |shared: &Shared| {
            shared.outcome.is_some() || shared.blocked.happened
        })
        .await
    }

    /// The outcome, once there (taken: the app takes it once).
    pub async fn outcome(&self) -> Outcome {
        Until(self, |shared: &Shared| shared.outcome.is_some()).await;
        self.0.borrow_mut().outcome.take().unwrap_or_else(|| {
            Err(StorageFailure::Unavailable {
                detail: "the opened storage was handed over already".to_string(),
            })
        })
    }

    /// The outcome if it is there already (taken: the app takes it once).
    pub fn take_if_there(&self) -> Option<Outcome> {
        self.0.borrow_mut().outcome.take()
    }

    /// `tell` runs when the opening is blocked, now if it already is.
    pub fn when_blocked(&self, tell: impl FnOnce() + 'static) {
        self.when(blocked, tell);
    }

    /// `tell` runs when a newer version took the database over, now if it already did.
    pub fn when_upgraded_elsewhere(&self, tell: impl FnOnce() + 'static) {
        self.when(upgraded_elsewhere, tell);
    }

    fn when(&self, which: Which, tell: impl FnOnce() + 'static) {
        let happened = which(&mut self.0.borrow_mut()).happened;
        if happened {
            tell();
        } else {
            which(&mut self.0.borrow_mut()).tell = Some(Box::new(tell));
        }
    }

    fn signal(&self, which: Which) {
        let tell = {
            let mut shared = self.0.borrow_mut();
            let signal = which(&mut shared);
            signal.happened = true;
            signal.tell.take()
        };
        if let Some(tell) = tell {
            tell();
        }
        self.wake();
    }

    fn settle(&self, outcome: Outcome) {
        self.0.borrow_mut().outcome = Some(outcome);
        self.wake();
    }

    fn wake(&self) {
        let wakers = std::mem::take(&mut self.0.borrow_mut().wakers);
        wakers.into_iter().for_each(Waker::wake);
    }
}

/// Ready when `done` holds for the opening's state.
struct Until<'a, F>(&'a Opening, F);

impl<F: Fn(&Shared) -> bool + Unpin> Future for Until<'_, F> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut shared = (self.0).0.borrow_mut();
        if (self.1)(&shared) {
            Poll::Ready(())
        } else {
            shared.wakers.push(cx.waker().clone());
            Poll::Pending
        }
    }
}

async fn open(opening: &Opening) -> Outcome {
    let (blocking, upgrading) = (opening.clone(), opening.clone());
    let store = Store::open(DB_NAME, now(), move || blocking.signal(blocked)).await?;
    store.on_upgraded_elsewhere(move || upgrading.signal(upgraded_elsewhere));
    // Before the read: a change another tab stores after it is heard, and told to the
    // app once it shows the library.
    let changes = Heard::start(DB_NAME);
    let mut library = store.load_library_first().await?;
    let repair_failed = store.repair_links(&mut library, now()).await.err();
    // Backups leave expired contact details out even while they could not be forgotten here.
    let repair_failed = match store
        .forget_expired_contacts(&mut library, today(), now())
        .await
    {
        Ok(()) => repair_failed,
        Err(failure) => repair_failed.or(Some(failure)),
    };
    Ok(Opened {
        store,
        library,
        repair_failed,
        changes,
    })
}
