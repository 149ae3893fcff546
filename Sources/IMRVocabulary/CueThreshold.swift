/// The words of a cue set whose numeric labels Swift reads as thresholds (``CueName/thresholds``
/// says which set has which): `care_result_limits`' `30: days, percent`, `6: score` and `4: floor`.
/// `imr lint` checks that such a set has every word its ``CueName`` reads, each labelled with a
/// whole number, and no other word, so that a word missing from the data is an error at the set,
/// not a threshold silently read as 0.
public enum CueThreshold: DataName {
    /// `care_result_limits`: relief that lasted at most this many days is a small result;
    /// `exercise_past_limit`: an exercise course dated more than this many days before the note's
    /// latest date is over; `infarction_recovery_limit`: a myocardial infarction dated at most this
    /// many days before the request is in its acute recovery phase; `acute_injury_limit`: an injury
    /// fewer than this many days before the review is recent (acute or subacute);
    /// `postsurgical_period_limit`: a surgery done more than this many days before the request is
    /// past every postsurgical period; `postoperative_acute_limit`: a drug asked at most this many
    /// days after a done surgery is post-operative; `injection_year_limit`: an injection at most this
    /// many days before the request is of the past year; `hospital_stay_limit`: an admission and a
    /// discharge dated more than this many days apart tell no stay.
    case days
    /// `care_result_limits`: a change below this percentage, told as a limit, is a small result.
    case percent
    /// `care_result_limits`: a best pain score of at least this is a poor result.
    case score
    /// `care_result_limits`: a pain score still at least this, told as remaining, is a poor result.
    case floor
    /// `abduction_range`: a number above this is not degrees of shoulder abduction.
    case degrees
    /// `hearing_normal_limit`: a hearing threshold above this many dB HL is a loss.
    case decibels

    public static let names = snakeCaseNames()
}
