namespace Summit.Core.Timing;

/// <summary>The named milestones of a summit's timeline.</summary>
public enum MilestoneKind
{
    /// <summary>The attendance form opens.</summary>
    RegistrationOpens,

    /// <summary>The attendance form closes.</summary>
    RegistrationCloses,

    /// <summary>The topic proposal form opens.</summary>
    ProposalsOpen,

    /// <summary>The topic proposal form closes.</summary>
    ProposalsClose,

    /// <summary>The public topic vote opens.</summary>
    VotingOpens,

    /// <summary>The public topic vote closes.</summary>
    VotingCloses,

    /// <summary>Confirmations are sent to selected attendees.</summary>
    ConfirmationsSent,

    /// <summary>The agenda is published.</summary>
    AgendaPublished,

    /// <summary>The summit starts.</summary>
    SummitStarts,

    /// <summary>The summit ends.</summary>
    SummitEnds,
}
