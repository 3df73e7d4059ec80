//! The first pass of `pith batch --learn-templates`: read every page,
//! learn each site's template, and hand each page its site's.

use crate::batch::walk::Job;
use pith::Options;
use pith::template::{Learner, page_keys};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

/// Each job's template, in job order (`None` where its site has none),
/// and how many texts were learned in all.
pub struct Learned {
    pub per_job: Vec<Option<Arc<HashSet<u64>>>>,
    pub texts: usize,
}

/// Reads every job's page (in parallel, on the current rayon pool) and
/// learns the templates. A page is known by its canonical URL's host, or
/// else by its folder below `in_dir`. Pages that cannot be read teach
/// nothing; the cleaning pass reports them.
pub fn learn(jobs: &[Job], in_dir: &Path, options: &Options) -> Learned {
    let sites: Vec<Option<(String, Vec<u64>)>> = jobs
        .par_iter()
        .map(|job| {
            let bytes =
                crate::commands::clean::read_input(&job.input, options.max_input_bytes).ok()?;
            let keys = page_keys(&bytes, options).ok()?;
            let site = keys.host.unwrap_or_else(|| folder_of(&job.input, in_dir));
            Some((site, keys.keys))
        })
        .collect();
    let mut learner = Learner::default();
    for (site, keys) in sites.iter().flatten() {
        learner.add(site, keys);
    }
    let templates = learner.finish();
    let texts = templates.len();
    let mut shared: HashMap<&str, Arc<HashSet<u64>>> = HashMap::new();
    let per_job = sites
        .iter()
        .map(|entry| {
            let (site, _) = entry.as_ref()?;
            let template = templates.of(site)?;
            Some(
                shared
                    .entry(site.as_str())
                    .or_insert_with(|| Arc::new(template.clone()))
                    .clone(),
            )
        })
        .collect();
    Learned { per_job, texts }
}

/// The folder of `input` below `in_dir`, as the site of pages with no URL.
fn folder_of(input: &Path, in_dir: &Path) -> String {
    let parent = input.parent().unwrap_or(input);
    let relative = parent.strip_prefix(in_dir).unwrap_or(parent);
    format!("folder:{}", relative.display())
}
