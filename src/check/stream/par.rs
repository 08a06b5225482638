//! Documents checked on every core (the `parallel` feature, with rayon),
//! or one after another without it.

/// `f` of each item with its index, in order.
pub(super) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        items.par_iter().enumerate().map(|(k, t)| f(k, t)).collect()
    }
    #[cfg(not(feature = "parallel"))]
    {
        items.iter().enumerate().map(|(k, t)| f(k, t)).collect()
    }
}

/// Runs `work` on another thread of the pool while the caller goes on
/// (without the `parallel` feature: now, on the caller's thread).
pub(super) fn spawn(work: impl FnOnce() + Send + 'static) {
    #[cfg(feature = "parallel")]
    rayon::spawn(work);
    #[cfg(not(feature = "parallel"))]
    work();
}
