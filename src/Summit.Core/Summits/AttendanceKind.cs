namespace Summit.Core.Summits;

/// <summary>How a registrant asks to attend. Summits are in person only; there is no remote kind.</summary>
public enum AttendanceKind
{
    /// <summary>Attends in person and takes part in the discussions.</summary>
    Participant,

    /// <summary>Attends in person to listen only.</summary>
    Observer,
}
