namespace Summit.Core.Timing;

/// <summary>A window of a timeline that opens at one milestone and closes at another.</summary>
public enum TimelineWindow
{
    /// <summary>From <see cref="MilestoneKind.RegistrationOpens"/> to <see cref="MilestoneKind.RegistrationCloses"/>.</summary>
    Registration,

    /// <summary>From <see cref="MilestoneKind.ProposalsOpen"/> to <see cref="MilestoneKind.ProposalsClose"/>.</summary>
    Proposals,

    /// <summary>From <see cref="MilestoneKind.VotingOpens"/> to <see cref="MilestoneKind.VotingCloses"/>.</summary>
    Voting,

    /// <summary>From <see cref="MilestoneKind.SummitStarts"/> to <see cref="MilestoneKind.SummitEnds"/>.</summary>
    Summit,
}
