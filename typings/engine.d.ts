// The engine's replies as the page reads them (decision_engine.serialize.to_dict of its dataclasses).
// Only the fields the page reads are listed.

export interface Cue {
  matched: string;
  correction: string | null;
  example_label: string;
  note: string | null;
}

export interface Categorization {
  type: string;
  secondary: string | null;
  confidence_word: string;
  cues: Cue[];
  discounted: Cue[];
  fallback: { words: string[] } | null;
}

export interface ExerciseComplaint {
  type: string;
  overridden: boolean;
  categorization: Categorization;
}

export interface Exercise {
  complaints: ExerciseComplaint[];
  effort_flags: { message: string }[];
}

export interface Recommendation {
  lead: string;
  headline: string;
  rubric_version: string;
  confidence: { level: string; text: string; reasons: string[] };
  sequence: { order: string[]; reasons: string[] };
  evidence: { type: string; points: number; place: number; role: string }[];
  flags: { text: string }[];
  would_change: { summary: string; changes: { text: string }[] };
  comfort: string | null;
  rationale: { text: string; points: number; type: string }[];
  trade_off: { trade_off: string; keep_in_check: string };
  first_actions: { text: string }[];
  watch: { type: string; failure_modes: string[] }[];
  under_invested: { text: string; other: string | null };
}

export interface EvaluateResult {
  asked: string[];
  exercise: Exercise;
  recommendation: Recommendation | null;
}
