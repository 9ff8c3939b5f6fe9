//! The name of a type generated once for several names.
//!
//! [`crate::rust::identical_types`] keeps one type for each set of
//! identical types; every name stays as a `pub type` alias, but the kept
//! type's own name is what `Debug`, serde's errors, logs and the docs
//! print. So it must be true of every member: a transfer's amount must not
//! print as `IotaAmount` because the Iota staking body happened to have the
//! shortest name. The rule, in order (each step proposes at most one name
//! per set; see [`choose`] for who wins a name several sets propose):
//!
//! 1. a member that is a `components/schemas` name: the document named it;
//! 2. the words every member ends with, plural or not, trailing `Item`,
//!    `Response`, … dropped (`Requester`, `TravelRule`, `FeeSponsor`); one
//!    vague word (`Id`, `Kind`, `Status`) only for a whole object (`Key`);
//! 3. a run of words every member has, not starting with an operation's
//!    verb, then that ending (`SignatureStatus`, `WalletTransferData`);
//! 4. for a string type, a name from its checks, true of every member
//!    whatever it means (`DecimalString`, `NonEmptyString`);
//! 5. for an enum of one to three values, its values
//!    (`ActiveOrArchivedStatus`);
//! 6. for a struct of one to three fields, its fields
//!    (`AssetAndFeeMetadata`);
//! 7. two or three different endings after the same words
//!    (`MetadataAssetOrFee`);
//! 8. else the shortest member's name, then the first alphabetically (what
//!    the pass did before the rule; the `generate` example lists these
//!    with `DFNS_CODEGEN_NAMES=1`).
//!
//! Only a build of every tag uses this rule ([`member_names`] otherwise).

use std::collections::{BTreeMap, BTreeSet};

/// One set of identical types, as the rule sees it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Set {
    /// Every name of the set (two or more).
    pub members: Vec<String>,
    /// The checks of a string type (`struct X(String)`), if it is one.
    pub text: Option<TextChecks>,
    /// Only response and event types hold it.
    pub received: bool,
    /// The values of a string enum (its unit variants, an open enum's
    /// `Other` aside).
    pub values: Option<Vec<String>>,
    /// The fields of a struct, PascalCase, without the kept unknown ones.
    pub fields: Option<Vec<String>>,
}

/// What a generated string type checks, read from its conversion errors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct TextChecks {
    pub pattern: Option<String>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
}

/// Which step of the naming rule named a merged type (see
/// `codegen/src/rust/merged_names.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Component,
    Suffix,
    Concept,
    Checks,
    Values,
    Fields,
    Alternatives,
    Shortest,
}

/// Words that only say where a value sits, not what it is: dropped from the
/// front of a shared ending, and never a concept.
const POSITIONAL: &[&str] = &[
    "Body", "Item", "Items", "Object", "Received", "Request", "Response",
];

/// One word that names a role many unrelated values have: not a name alone.
const VAGUE: &[&str] = &[
    "Address", "Code", "Contract", "Data", "Id", "Key", "Kind", "Message", "Name", "Network",
    "Protocol", "Provider", "Status", "String", "To", "Type", "Uuid", "Value",
];

/// Names a generated type must not take: the prelude and std names
/// generated code uses unqualified (`Default::default()` in every
/// `builder()`), generic parameters, and the modules of `types`.
const RESERVED: &[&str] = &[
    "AsRef",
    "Box",
    "Clone",
    "Copy",
    "D",
    "Debug",
    "Default",
    "Drop",
    "Eq",
    "Err",
    "Error",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "Hash",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "T",
    "Target",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "V",
    "Vec",
    "builder",
    "defaults",
    "error",
];

/// What the rule knows besides the sets.
#[derive(Debug, Default)]
pub(crate) struct Known {
    /// The document's `components/schemas` names.
    pub components: BTreeSet<String>,
    /// Every name the module already has.
    pub taken: BTreeSet<String>,
    /// The first word of each operation's name (`Get`, `Create`, `Keys`):
    /// a concept never starts with one, or it would name an operation
    /// (`CreateExchange`); inside a run it is a noun (`WalletTransfer`).
    pub verbs: BTreeSet<String>,
}

type Propose = fn(&Set, &Known) -> Option<String>;

/// The name of each set (same order as `sets`), and the step that gave it.
pub(crate) fn choose(sets: &[Set], known: &Known) -> Vec<(String, Step)> {
    let mut taken: BTreeSet<String> = known.taken.clone();
    taken.extend(RESERVED.iter().map(|s| s.to_string()));
    // A member's own name is never another set's: step 1 cannot clash.
    let mut chosen: Vec<Option<(String, Step)>> = sets
        .iter()
        .map(|set| Some(own_name(set, known)).filter(|(_, step)| *step == Step::Component))
        .collect();
    let steps: [(Step, Propose); 6] = [
        (Step::Suffix, shared_ending),
        (Step::Concept, concept_and_ending),
        (Step::Checks, name_from_checks),
        (Step::Values, name_from_values),
        (Step::Fields, name_from_fields),
        (Step::Alternatives, concept_and_alternatives),
    ];
    for (step, propose) in steps {
        let proposals: Vec<(usize, String)> = (0..sets.len())
            .filter(|&i| chosen[i].is_none())
            .filter_map(|i| Some((i, propose(&sets[i], known)?)))
            .collect();
        // A received set that loses its name to a request set, or to
        // another received set, tries it again with `Received` first.
        let mut retries = Vec::new();
        for (i, name) in unique(&proposals, &taken, sets) {
            match name {
                Ok(name) => {
                    taken.insert(name.clone());
                    chosen[i] = Some((name, step));
                }
                Err(name) if sets[i].received && !name.starts_with("Received") => {
                    retries.push((i, format!("Received{name}")));
                }
                Err(_) => {}
            }
        }
        for (i, name) in unique(&retries, &taken, sets) {
            if let Ok(name) = name {
                taken.insert(name.clone());
                chosen[i] = Some((name, step));
            }
        }
    }
    sets.iter()
        .zip(chosen)
        .map(|(set, chosen)| chosen.unwrap_or_else(|| own_name(set, known)))
        .collect()
}

/// A member's own name: a `components/schemas` one (step 1), else the
/// shortest (step 8).
fn own_name(set: &Set, known: &Known) -> (String, Step) {
    let named = set.members.iter().filter(|m| known.components.contains(*m));
    match shortest(named) {
        Some(name) => (name.clone(), Step::Component),
        None => (
            shortest(set.members.iter()).cloned().unwrap_or_default(),
            Step::Shortest,
        ),
    }
}

/// The names for a build of some tags only: a member's own name (step 1
/// or 5), which every build with that member has, so turning a feature on
/// never removes a name or changes what it means.
pub(crate) fn member_names(sets: &[Set], known: &Known) -> Vec<(String, Step)> {
    sets.iter().map(|set| own_name(set, known)).collect()
}

/// Which proposals stand: a free name only one set proposes; among several,
/// the one request set (the received ones try `Received…`), else the one
/// with the most names (the general concept; the others find their own).
/// `Err` is a name refused.
fn unique(
    proposals: &[(usize, String)],
    taken: &BTreeSet<String>,
    sets: &[Set],
) -> Vec<(usize, Result<String, String>)> {
    let mut by_name: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, name) in proposals {
        by_name.entry(name).or_default().push(*i);
    }
    let mut out = Vec::new();
    for (name, claimants) in by_name {
        // A member's own name is free for its set; a new one must be an
        // identifier (`Self` is a keyword there).
        let valid = syn::parse_str::<syn::Ident>(name).is_ok();
        let free = |i: usize| {
            sets[i].members.iter().any(|m| m == name) || (valid && !taken.contains(name))
        };
        let rank = |i: usize| (!sets[i].received, sets[i].members.len());
        let best = claimants
            .iter()
            .filter(|&&i| free(i))
            .map(|&i| rank(i))
            .max();
        let winners: Vec<usize> = claimants
            .iter()
            .copied()
            .filter(|&i| free(i) && Some(rank(i)) == best)
            .collect();
        let winner = match winners[..] {
            [only] => Some(only),
            _ => None,
        };
        for i in claimants {
            let result = if Some(i) == winner {
                Ok(name.to_owned())
            } else {
                Err(name.to_owned())
            };
            out.push((i, result));
        }
    }
    out
}

/// The shortest name, then the first alphabetically.
fn shortest<'a>(names: impl Iterator<Item = &'a String>) -> Option<&'a String> {
    names.min_by(|a, b| (a.len(), a).cmp(&(b.len(), b)))
}

/// A PascalCase name's words; digits stay with the word before them
/// (`Eip1559`, `Variant3`).
pub(crate) fn words(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices().skip(1) {
        if c.is_ascii_uppercase() {
            words.push(&name[start..i]);
            start = i;
        }
    }
    if !name.is_empty() {
        words.push(&name[start..]);
    }
    words
}

fn is_positional(word: &str) -> bool {
    let stem = word.trim_end_matches(|c: char| c.is_ascii_digit());
    POSITIONAL.contains(&word) || (stem.len() < word.len() && matches!(stem, "Variant" | "Subtype"))
}

/// The words every member ends with.
fn raw_ending(set: &Set) -> Vec<&str> {
    let all: Vec<Vec<&str>> = set.members.iter().map(|m| words(m)).collect();
    shared_tail(&all, |a, b| a == b)
}

/// The last words every list has (compared with `same`), as the first
/// list spells them.
fn shared_tail<'a>(all: &[Vec<&'a str>], same: impl Fn(&str, &str) -> bool) -> Vec<&'a str> {
    let Some(first) = all.first() else {
        return Vec::new();
    };
    let mut n = 0;
    while all
        .iter()
        .all(|w| w.len() > n && same(w[w.len() - 1 - n], first[first.len() - 1 - n]))
    {
        n += 1;
    }
    first[first.len() - n..].to_vec()
}

/// A name's words without its trailing `Item`, `Items`, `Response`, ….
fn trimmed_words(name: &str) -> Vec<&str> {
    let mut w = words(name);
    while w.last().is_some_and(|w| POSITIONAL.contains(w)) {
        w.pop();
    }
    w
}

/// Every member ends in a positional word: the set is a whole object
/// (`…Response`, `…ItemsItem`), not a value inside one.
fn is_whole_object(set: &Set) -> bool {
    set.members
        .iter()
        .all(|m| words(m).last().is_some_and(|w| POSITIONAL.contains(w)))
}

/// The words every member ends with once its trailing `Item`, `Items`,
/// `Response`, … are dropped, plural or not, spelled singular when a
/// member has it so (`…Signature`, `…SignaturesItem` → `Signature`);
/// positional words then dropped from the front. Empty when the members'
/// last words differ.
fn common_ending(set: &Set) -> Vec<&str> {
    let trimmed: Vec<Vec<&str>> = set.members.iter().map(|m| trimmed_words(m)).collect();
    let mut ending = shared_tail(&trimmed, |a, b| stem(a) == stem(b));
    let n = ending.len();
    for (i, word) in ending.iter_mut().enumerate() {
        let spellings = trimmed.iter().map(|w| w[w.len() - n + i]);
        if let Some(shortest) = spellings.min_by_key(|w| (w.len(), *w)) {
            *word = shortest;
        }
    }
    while ending.first().is_some_and(|w| is_positional(w)) {
        ending.remove(0);
    }
    ending
}

/// Step 2: the shared ending, when it says what the value is.
fn shared_ending(set: &Set, _: &Known) -> Option<String> {
    let ending = common_ending(set);
    match ending[..] {
        [] => None,
        // A whole key object may be `Key`; a key id may not.
        [word] if VAGUE.contains(&word) && !is_whole_object(set) => None,
        _ => Some(ending.concat()),
    }
}

/// Step 3: the longest run of words every member has (plural or not; no
/// positional word, not starting with an operation's verb; before the
/// shared ending), then the
/// shared ending, if any (`GetFeeSponsorResponse`,
/// `ListFeeSponsorsResponseItemsItem` → `FeeSponsor`; a whole object may be
/// one vague word: `Key`).
fn concept_and_ending(set: &Set, known: &Known) -> Option<String> {
    let mut ending = common_ending(set);
    let mut heads: Vec<Vec<&str>> = if ending.is_empty() {
        // A whole object (`…Response`, `…ItemsItem`, `…Body`): named by
        // its concept, and its shared positional ending if it has one
        // (`CreateExchangeDepositBody`, `CreateExchangeWithdrawalBody` →
        // `ExchangeBody`). Members ending in different words of their
        // own (`Fast`, `Slow`) are not one concept.
        if !is_whole_object(set) {
            return None;
        }
        ending = raw_ending(set);
        set.members.iter().map(|m| words(m)).collect()
    } else {
        set.members.iter().map(|m| trimmed_words(m)).collect()
    };
    // Each member's words before its ending.
    for head in &mut heads {
        head.truncate(head.len().saturating_sub(ending.len()));
    }
    heads.sort();
    let has = |head: &[&str], run: &[&str]| {
        head.windows(run.len())
            .any(|w| w.iter().zip(run).all(|(a, b)| stem(a) == stem(b)))
    };
    let first = heads.first()?;
    let run = (1..=first.len()).rev().find_map(|len| {
        first
            .windows(len)
            .filter(|run| !run.iter().any(|w| is_positional(w)) && !known.verbs.contains(run[0]))
            .filter(|run| heads.iter().all(|h| has(h, run)))
            .min()
    })?;
    // Each word as spelled shortest among the members (singular if one
    // member has it so).
    let spelled: Vec<&str> = run
        .iter()
        .map(|word| {
            heads
                .iter()
                .flatten()
                .filter(|w| stem(w) == stem(word))
                .min_by_key(|w| (w.len(), **w))
                .copied()
                .unwrap_or(word)
        })
        .collect();
    // `Yield` then `YieldId` says `Yield` twice.
    if let (Some(last), Some(next)) = (spelled.last(), ending.first()) {
        if stem(last) == stem(next) {
            return None;
        }
    }
    Some(spelled.concat() + &ending.concat())
}

/// A word without its plural (`Keys` → `Key`, `Policies` → `Policy`;
/// `Status`, `Address` stay).
fn stem(word: &str) -> std::borrow::Cow<'_, str> {
    if let Some(s) = word.strip_suffix("ies").filter(|s| !s.is_empty()) {
        return format!("{s}y").into();
    }
    match word.strip_suffix('s') {
        Some(s) if s.len() > 1 && !s.ends_with('s') && !s.ends_with('u') => s.into(),
        _ => word.into(),
    }
}

/// Step 4: a string type named by its checks.
fn name_from_checks(set: &Set, _: &Known) -> Option<String> {
    text_name(set.text.as_ref()?)
}

/// A string type's name from its checks alone (`DecimalString`,
/// `NonEmptyStringUpTo50`), if they say enough.
pub(crate) fn text_name(checks: &TextChecks) -> Option<String> {
    Some(
        match (&checks.pattern, checks.min_length, checks.max_length) {
            (Some(pattern), None, None) => known_pattern(pattern)?.to_owned(),
            (Some(_), _, _) => return None,
            (None, Some(1), None) => "NonEmptyString".to_owned(),
            (None, Some(1), Some(max)) => format!("NonEmptyStringUpTo{max}"),
            (None, None | Some(0), Some(max)) => format!("StringUpTo{max}"),
            (None, None | Some(0), None) => return None,
            (None, Some(min), None) => format!("StringFrom{min}"),
            (None, Some(min), Some(max)) => format!("StringFrom{min}UpTo{max}"),
        },
    )
}

/// Step 5: an enum of one to three values named by them, then the shared
/// ending (`Active`, `Archived` → `ActiveOrArchivedStatus`; a kind that is
/// one value, `TonJettonTep74Kind`).
fn name_from_values(set: &Set, _: &Known) -> Option<String> {
    let values = set.values.as_ref()?;
    if !(1..=3).contains(&values.len()) {
        return None;
    }
    Some(values.join("Or") + &common_ending(set).concat())
}

/// Step 6: a struct of one to three fields named by them, then the shared
/// ending (`asset`, `fee` → `AssetAndFeeMetadata`).
fn name_from_fields(set: &Set, _: &Known) -> Option<String> {
    let fields = set.fields.as_ref()?;
    if !(1..=3).contains(&fields.len()) {
        return None;
    }
    let ending = common_ending(set).concat();
    let name = if fields.concat() == ending {
        ending
    } else {
        fields.join("And") + &ending
    };
    // One vague word says nothing; longer than this is no longer a name.
    (!VAGUE.contains(&name.as_str()) && name.len() <= 40).then_some(name)
}

/// Step 7: members that end in two or three different words after the same
/// words: those, then the endings (`…MetadataAsset`, `…MetadataFee` →
/// `MetadataAssetOrFee`; `BitcoinFast`, `BitcoinSlow` → `BitcoinFastOrSlow`).
fn concept_and_alternatives(set: &Set, known: &Known) -> Option<String> {
    let trimmed: Vec<Vec<&str>> = set.members.iter().map(|m| trimmed_words(m)).collect();
    let mut last: Vec<&str> = trimmed
        .iter()
        .map(|w| w.last().copied())
        .collect::<Option<_>>()?;
    last.sort_by_key(|w| stem(w).into_owned());
    last.dedup_by(|a, b| stem(a) == stem(b));
    if !(2..=3).contains(&last.len()) || last.iter().any(|w| is_positional(w)) {
        return None;
    }
    // The words right before the differing one, the same in every member
    // (`Metadata` in `…MetadataAsset`, `…MetadataFee`): what they are.
    let heads: Vec<Vec<&str>> = trimmed
        .iter()
        .map(|w| {
            let mut head = w[..w.len() - 1].to_vec();
            while head.last().is_some_and(|w| is_positional(w)) {
                head.pop();
            }
            head
        })
        .collect();
    let concept = shared_tail(&heads, |a, b| stem(a) == stem(b));
    if concept.is_empty()
        || concept.iter().any(|w| is_positional(w))
        || known.verbs.contains(concept[0])
    {
        return None;
    }
    let concept = concept.concat();
    let tail: String = raw_ending(set)
        .iter()
        .filter(|w| POSITIONAL.contains(*w))
        .copied()
        .collect();
    Some(concept + &last.join("Or") + &tail)
}

/// The patterns that say what a string is whatever it holds.
fn known_pattern(pattern: &str) -> Option<&'static str> {
    Some(match pattern {
        r"^\d+$" => "DecimalString",
        r"^(0x)?([0-9a-fA-F][0-9a-fA-F])*$" => "HexBytes",
        r"^0x[0-9a-fA-F]*$" => "HexString",
        r"^0x[0-9a-fA-F]{40}$" => "HexAddress20",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(members: &[&str]) -> Set {
        Set {
            members: members.iter().map(|s| s.to_string()).collect(),
            ..Set::default()
        }
    }

    fn names(sets: &[Set], components: &[&str], taken: &[&str]) -> Vec<(String, Step)> {
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        let known = Known {
            components: strings(components),
            taken: strings(taken),
            verbs: strings(&["Get", "List", "Create"]),
        };
        choose(sets, &known)
    }

    fn name(set: Set) -> (String, Step) {
        names(&[set], &[], &[]).remove(0)
    }

    #[test]
    fn splits_pascal_case_keeping_digits_with_their_word() {
        assert_eq!(
            words("EvmEip1559Variant3ValueId"),
            ["Evm", "Eip1559", "Variant3", "Value", "Id"]
        );
        assert_eq!(words(""), Vec::<&str>::new());
    }

    #[test]
    fn a_component_member_names_the_set() {
        let s = set(&[
            "GetWalletResponse",
            "Wallet",
            "ListWalletsResponseItemsItem",
        ]);
        assert_eq!(
            names(&[s], &["Wallet"], &[]),
            [("Wallet".to_owned(), Step::Component)]
        );
    }

    #[test]
    fn the_shared_ending_names_the_set_without_positional_words() {
        let requester = set(&[
            "IotaRequester",
            "TransferRequestRequester",
            "KeysGetSignatureResponseRequester",
        ]);
        assert_eq!(name(requester), ("Requester".to_owned(), Step::Suffix));
        let kind = set(&[
            "HistoryItemVariant3TravelRule",
            "ListItemsItemVariant3TravelRule",
        ]);
        assert_eq!(name(kind).0, "TravelRule");
    }

    #[test]
    fn a_vague_or_shared_ending_takes_the_concept_every_member_has() {
        let fee = set(&[
            "GetFeeSponsorResponseStatus",
            "ListFeeSponsorsResponseItemsItemStatus",
        ]);
        let signature = set(&[
            "KeysGetSignatureResponseStatus",
            "WalletsListSignaturesResponseItemsItemStatus",
        ]);
        assert_eq!(
            names(&[fee, signature], &[], &[]),
            [
                ("FeeSponsorStatus".to_owned(), Step::Concept),
                ("SignatureStatus".to_owned(), Step::Concept)
            ]
        );
        // Two sets ending alike: the larger takes it, the other its concept.
        let a = set(&["GetTokenDirection", "ListTokensItemDirection"]);
        let b = set(&["GetCoinDirection", "PutCoinsDirection"]);
        // (`Coins` is `Coin`: the second shares two words.)
        assert_eq!(
            names(&[a, b], &[], &[]),
            [
                ("Direction".to_owned(), Step::Suffix),
                ("CoinDirection".to_owned(), Step::Suffix)
            ]
        );
    }

    #[test]
    fn a_string_type_is_named_by_its_checks_when_its_members_mean_different_things() {
        let mut amount = set(&["IotaAmount", "ListKeysLimit", "EvmNonce"]);
        amount.text = Some(TextChecks {
            pattern: Some(r"^\d+$".into()),
            ..TextChecks::default()
        });
        assert_eq!(name(amount), ("DecimalString".to_owned(), Step::Checks));
        let mut id = set(&["GetKeyKeyId", "ListWalletsPaginationToken"]);
        id.text = Some(TextChecks {
            min_length: Some(1),
            ..TextChecks::default()
        });
        let mut received = id.clone();
        received.members = vec!["WalletReceivedWalletId".into(), "ReceivedItem".into()];
        received.received = true;
        assert_eq!(
            names(&[id, received], &[], &[]),
            [
                ("NonEmptyString".to_owned(), Step::Checks),
                ("ReceivedNonEmptyString".to_owned(), Step::Checks)
            ]
        );
    }

    #[test]
    fn a_request_type_keeps_a_name_a_received_type_also_wants() {
        let mut received = set(&["GetWalletResponseCurve", "ListKeysResponseItemsItemCurve"]);
        received.received = true;
        let request = set(&["CreateKeyBodyCurve", "ImportWalletBodyCurve"]);
        assert_eq!(
            names(&[received, request], &[], &[]),
            [
                ("ReceivedCurve".to_owned(), Step::Suffix),
                ("Curve".to_owned(), Step::Suffix)
            ]
        );
    }

    #[test]
    fn a_whole_object_is_named_by_its_concept_never_by_an_operation() {
        let sponsor = set(&["GetFeeSponsorResponse", "ListFeeSponsorsResponseItemsItem"]);
        assert_eq!(name(sponsor), ("FeeSponsor".to_owned(), Step::Suffix));
        let approval = set(&["GetApprovalResponse", "CreateApprovalDecisionResponse"]);
        assert_eq!(
            name(approval),
            ("ApprovalResponse".to_owned(), Step::Concept)
        );
        // `CreateExchange` is an operation: the body is not named after it.
        let body = set(&["CreateExchangeDepositBody", "CreateExchangeWithdrawalBody"]);
        assert_eq!(name(body), ("ExchangeBody".to_owned(), Step::Concept));
        // Members ending in words of their own are not one concept (but
        // are named by both endings, step 7).
        let tiers = set(&["BitcoinFast", "BitcoinSlow"]);
        assert_eq!(
            name(tiers),
            ("BitcoinFastOrSlow".to_owned(), Step::Alternatives)
        );
    }

    #[test]
    fn a_verb_inside_a_concept_is_a_noun() {
        let mut events = set(&["WalletTransferFailedData", "WalletTransferConfirmedData"]);
        events.received = true;
        let known = Known {
            verbs: ["Transfer".to_owned()].into(),
            ..Known::default()
        };
        assert_eq!(
            choose(&[events], &known),
            [("WalletTransferData".to_owned(), Step::Concept)]
        );
    }

    #[test]
    fn a_small_enum_of_unrelated_members_is_named_by_its_values() {
        let mut status = set(&["WalletStatus", "GetKeyResponseStatus", "PolicyStatus"]);
        status.values = Some(vec!["Active".into(), "Archived".into()]);
        // `Status` alone says nothing; no concept is common.
        assert_eq!(
            name(status),
            ("ActiveOrArchivedStatus".to_owned(), Step::Values)
        );
    }

    #[test]
    fn a_name_several_sets_want_goes_to_the_largest_and_a_small_struct_is_named_by_its_fields() {
        let requester = set(&["IotaRequester", "TransferRequestRequester", "KeyRequester"]);
        let mut offer = set(&["OfferMetadata", "TransferRequestMetadata"]);
        offer.fields = Some(vec!["Asset".into(), "Fee".into()]);
        let history = set(&[
            "HistoryVariant0Metadata",
            "HistoryVariant1Metadata",
            "AMetadata",
        ]);
        let swap = set(&["SwapRequester", "YieldActionRequester"]);
        assert_eq!(
            names(&[requester, offer, history, swap], &[], &[]),
            [
                ("Requester".to_owned(), Step::Suffix),
                ("AssetAndFeeMetadata".to_owned(), Step::Fields),
                ("Metadata".to_owned(), Step::Suffix),
                ("SwapRequester".to_owned(), Step::Shortest),
            ]
        );
    }

    #[test]
    fn members_ending_in_a_few_different_words_after_the_same_ones_name_both() {
        let fee = set(&[
            "HistoryVariant0MetadataAsset",
            "OfferMetadataFee",
            "OfferMetadataAsset",
        ]);
        assert_eq!(
            name(fee),
            ("MetadataAssetOrFee".to_owned(), Step::Alternatives)
        );
        // Nothing shared right before them: no such name.
        let ids = set(&["UserInfoUserId", "SigningKeyDelegatedTo"]);
        assert_eq!(name(ids).1, Step::Shortest);
    }

    #[test]
    fn with_nothing_true_of_every_member_the_shortest_name_stays() {
        let s = set(&["EvmData", "PsbtPsbt", "Bip322Message"]);
        assert_eq!(name(s), ("EvmData".to_owned(), Step::Shortest));
        // A free name is never one the module has, or a prelude type.
        let taken = set(&["GetRequester", "ListRequester"]);
        assert_eq!(names(&[taken], &[], &["Requester"])[0].1, Step::Shortest);
        let prelude = set(&["AString", "BString"]);
        assert_eq!(name(prelude).1, Step::Shortest);
        let keyword = set(&["ASelf", "BSelf"]);
        assert_eq!(name(keyword).1, Step::Shortest);
        // typify's `builder()` calls `Default::default()` unqualified.
        let default = set(&["AlphaBodyDefault", "BetaBodyDefault"]);
        assert_eq!(name(default).1, Step::Shortest);
    }

    #[test]
    fn the_choice_does_not_depend_on_order() {
        let sets = vec![
            set(&[
                "GetFeeSponsorResponseStatus",
                "ListFeeSponsorsResponseItemsItemStatus",
            ]),
            set(&["IotaRequester", "TransferRequestRequester"]),
            set(&["XDirection", "YDirection"]),
            set(&["ZDirection", "WDirection"]),
        ];
        let forward = names(&sets, &[], &[]);
        let mut reversed: Vec<Set> = sets.iter().rev().cloned().collect();
        for s in &mut reversed {
            s.members.reverse();
        }
        let mut backward = names(&reversed, &[], &[]);
        backward.reverse();
        assert_eq!(forward, backward);
    }
}
