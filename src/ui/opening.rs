//! Storage opens and the library is read from the moment the app's code runs, while the
//! words of the language are read (`ui::start`): on a cold start the two waits overlap
//! instead of following one another, and the first screen is drawn once storage has
//! answered, with the loading sign of the page until then.

use crate::clock::{now, today};
use crate::domain::{Library, StorageFailure};
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
    blocked: bool,
    on_blocked: Option<Box<dyn Fn()>>,
    wakers: Vec<Waker>,
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
        let (reporter, blocked) = (opening.clone(), opening.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = open(move || blocked.block()).await;
            reporter.settle(outcome);
        });
        opening
    }

    /// Until storage has answered, or is blocked and the page must say why it waits.
    pub async fn settled(&self) {
        Until(self, |shared: &Shared| {
            shared.outcome.is_some() || shared.blocked
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

    /// `tell` runs when the opening is blocked, now if it already is.
    pub fn when_blocked(&self, tell: impl Fn() + 'static) {
        let blocked = self.0.borrow().blocked;
        if blocked {
            tell();
        } else {
            self.0.borrow_mut().on_blocked = Some(Box::new(tell));
        }
    }

    fn block(&self) {
        let tell = {
            let mut shared = self.0.borrow_mut();
            shared.blocked = true;
            shared.on_blocked.take()
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

async fn open(on_blocked: impl FnOnce() + 'static) -> Outcome {
    let store = Store::open(DB_NAME, now(), on_blocked).await?;
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
    })
}
