package org.memolens.domain;

/** Rhetorical devices found at span level. */
public enum DeviceType {
    /** a softened name for harm, with a plain-language gloss */
    EUPHEMISM,
    /** harm with no human agent: passive without "by", a nominalisation, or a non-human agent */
    AGENTLESS_HARM,
    /** a word or phrase that weakens commitment ("we expect", "may") */
    HEDGE,
    /** a word or phrase that strengthens commitment ("truly", "absolutely") */
    BOOSTER
}
