//! Undo and redo over whole plans. Changes that follow each other quickly (typing a
//! number) are one step, so Undo goes back to what the user would call the last change.

/// Most steps kept for undo.
pub const MAX_STEPS: usize = 50;
/// Changes closer together than this (milliseconds) count as one step.
pub const COALESCE_MS: f64 = 1000.0;

#[derive(Clone, Debug)]
pub struct History<T> {
    /// Oldest first. A Vec, not a VecDeque: at most 50 steps, so dropping the oldest
    /// by shifting costs nothing, and one kind of stack keeps the page's code smaller.
    past: Vec<T>,
    future: Vec<T>,
    last_change_ms: Option<f64>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            past: Vec::new(),
            future: Vec::new(),
            last_change_ms: None,
        }
    }
}

impl<T: PartialEq> History<T> {
    /// The state `before` a change made at `now_ms` (by the user, not by undo or redo).
    pub fn record(&mut self, before: T, now_ms: f64) {
        let joined = self
            .last_change_ms
            .is_some_and(|t| (now_ms - t).abs() < COALESCE_MS)
            && !self.past.is_empty();
        self.last_change_ms = Some(now_ms);
        self.future.clear();
        if !joined {
            self.push(before);
        }
    }

    /// The state `before` the whole plan was replaced (an example loaded, Start over, a
    /// scenario switched to): always a step of its own, joined neither to the change
    /// just before it nor to the one just after.
    pub fn record_whole(&mut self, before: T) {
        self.last_change_ms = None;
        self.future.clear();
        self.push(before);
    }

    fn push(&mut self, before: T) {
        if self.past.last() == Some(&before) {
            return;
        }
        if self.past.len() == MAX_STEPS {
            self.past.remove(0);
        }
        self.past.push(before);
    }

    /// The state to go back to from `current`, if any.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop()?;
        self.future.push(current);
        self.last_change_ms = None;
        Some(previous)
    }

    /// The state to go forward to from `current`, if any.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push(current);
        self.last_change_ms = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Forgets the steps, back and forward, that `keep` refuses (the plans of a scenario
    /// that was deleted); true if any went.
    pub fn retain(&mut self, keep: impl Fn(&T) -> bool) -> bool {
        let before = self.past.len() + self.future.len();
        self.past.retain(&keep);
        self.future.retain(&keep);
        before != self.past.len() + self.future.len()
    }

    /// Forgets everything (a different plan was opened).
    pub fn clear(&mut self) {
        *self = History::default();
    }
}
