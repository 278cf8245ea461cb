extension TreatyDefinition {
    /// Every field a definition may have, with what it holds: the parser
    /// accepts exactly these, and `treaty add --help` lists them.
    public static let fields: [(name: String, meaning: String)] = [
        ("id", "[a-z0-9-]+, at most 64 characters (required)"),
        ("title", "the treaty's name"),
        ("titles", "the name in other languages, by language code: {\"vi\": \"...\"}"),
        ("description", "where the clauses come from"),
        ("threshold", "N: shorthand for \"conditions\": [{\"count\": N}]"),
        ("conditions", "a list, all must hold: {\"count\": N[, \"group\": G]} or {\"share\": F, \"weight\": W}"),
        ("reio_counts", "an REIO's instrument counts beside its members' (default false)"),
        ("entry_into_force", "steps from the date the conditions hold, e.g. [\"+90d\"] (required)"),
        ("later_parties", "steps from a later participant's deposit (default: entry_into_force's)"),
        ("later_parties_not_before_eif", "later participants bound no earlier than entry into force (default true)"),
        ("signature_opens", "YYYY-MM-DD"),
        ("signature_closes", "YYYY-MM-DD"),
        (
            "consent_needs_signature",
            "the instruments that need a prior signature (default: ratification, acceptance, approval; [] for an amendment)"
        ),
        ("denunciation", "steps from a denunciation to its effect (default [\"+1y\"])"),
        ("groups", "named lists of participant codes, for group conditions"),
        ("weights", "named tables of participant code to weight, for share conditions"),
    ]
}
