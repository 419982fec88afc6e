namespace Summit.Core.Summits;

/// <summary>What an intake does with a second submission of the same registration or proposal.</summary>
public enum ResubmissionPolicy
{
    /// <summary>An on-time re-submission (same id, or for a registration the same e-mail) replaces the earlier one; the earlier one is kept as superseded. A late one is refused as late. The default.</summary>
    Replace,

    /// <summary>A second submission with an accepted id is refused with <see cref="ErrorCodes.Summits.DuplicateSubmission"/> (the behaviour before 1.0).</summary>
    Refuse,
}
