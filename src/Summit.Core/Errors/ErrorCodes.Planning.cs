namespace Summit.Core;

public static partial class ErrorCodes
{
    /// <summary>Codes of the <c>Summit.Core.Planning</c> area: the whole pipeline for one summit file.</summary>
    public static class Planning
    {
        /// <summary>The file has a topic vote but the timeline has no voting window (votingOpens and votingCloses).</summary>
        public const string NoVotingWindow = "plan.no-voting-window";

        /// <summary>The agenda frame is longer than the summit's first day.</summary>
        public const string AgendaExceedsDay = "plan.agenda-exceeds-day";

        /// <summary>No agenda packer has the given name.</summary>
        public const string UnknownPacker = "plan.unknown-packer";

        /// <summary>A block of the agenda frame lies outside the summit's days (its date is not a summit day, or it starts before or ends after that day).</summary>
        public const string FrameOutsideDay = "plan.frame-outside-day";

        /// <summary>A block of the agenda frame starts, ends or reserves minutes off the summit's time grid (<c>grid</c>, 5 minutes by default).</summary>
        public const string FrameOffGrid = "plan.frame-off-grid";

        /// <summary>A block of the agenda frame ends at or before its start, or starts before the previous block of its day ends.</summary>
        public const string FrameBlocksOverlap = "plan.frame-blocks-overlap";

        /// <summary>The agenda's changeover (<c>agenda.changeover</c>) is not a multiple of the summit's time grid (<c>agenda.grid</c>).</summary>
        public const string ChangeoverOffGrid = "plan.changeover-off-grid";

        /// <summary>A window of a room's availability (<c>agenda.rooms[].available</c>) ends at or before it starts.</summary>
        public const string RoomWindowInverted = "plan.room-window-inverted";

        /// <summary>A window of a room's availability (<c>agenda.rooms[].available</c>) starts or ends off the summit's time grid (<c>agenda.grid</c>).</summary>
        public const string RoomWindowOffGrid = "plan.room-window-off-grid";

        /// <summary>A topic rule of the agenda (<c>agenda.topics</c>: its <c>id</c>, or a topic named in its <c>conflicts</c>, <c>sameSessionAs</c> or <c>after</c>) names no topic proposal of the summit.</summary>
        public const string UnknownTopic = "plan.unknown-topic";

        /// <summary>A topic rule of the agenda (<c>agenda.topics</c>) names its own topic in <c>conflicts</c>, <c>sameSessionAs</c> or <c>after</c>, directly or through a duplicate merged into it (<c>selection.topics.merge</c>).</summary>
        public const string TopicRefersToItself = "plan.topic-refers-to-itself";

        /// <summary>A presenter's availability (<c>agenda.presenters</c>) names a person who proposes no topic of the summit (a typo would otherwise be ignored).</summary>
        public const string UnknownPresenter = "plan.unknown-presenter";

        /// <summary>A window of a topic's or a presenter's availability (<c>agenda.topics[].available</c>, <c>agenda.presenters[].available</c>) ends at or before it starts.</summary>
        public const string AvailabilityWindowInverted = "plan.availability-window-inverted";

        /// <summary>A window of a topic's or a presenter's availability (<c>agenda.topics[].available</c>, <c>agenda.presenters[].available</c>) starts or ends off the summit's time grid (<c>agenda.grid</c>).</summary>
        public const string AvailabilityWindowOffGrid = "plan.availability-window-off-grid";

        /// <summary>A topic's pinned start (<c>agenda.topics[].start</c>) is off the summit's time grid (<c>agenda.grid</c>).</summary>
        public const string PinOffGrid = "plan.pin-off-grid";

        /// <summary>A plan stage that did not run was asked for as a result (<c>StageOutcome.ToResult</c>); the message says why it did not run.</summary>
        public const string StageNotRun = "plan.stage-not-run";
    }
}
