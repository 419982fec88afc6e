namespace Summit.Core;

public static partial class ErrorCodes
{
    /// <summary>Codes of the <c>Summit.Core.Scheduling</c> area: templates, slot requests, packing and its diagnostics.</summary>
    public static class Scheduling
    {
        /// <summary>The template has no blocks, or no session block at all.</summary>
        public const string TemplateEmpty = "scheduling.template-empty";

        /// <summary>A block is malformed: empty or duplicate id, end not after start, bad reserved minutes, empty or repeated room.</summary>
        public const string BlockInvalid = "scheduling.block-invalid";

        /// <summary>Two blocks that share a room overlap in time.</summary>
        public const string BlocksOverlap = "scheduling.blocks-overlap";

        /// <summary>A local time does not exist in the zone (skipped by a DST change).</summary>
        public const string LocalTimeSkipped = "scheduling.local-time-skipped";

        /// <summary>A local time happens twice in the zone (repeated by a DST change).</summary>
        public const string LocalTimeAmbiguous = "scheduling.local-time-ambiguous";

        /// <summary>A block runs across a clock change (DST) in the zone, so its wall-clock minutes are not its real minutes.</summary>
        public const string BlockSpansClockChange = "scheduling.block-spans-clock-change";

        /// <summary>A slot request is malformed: empty id, negative minutes, minimum above maximum, bad weight or window.</summary>
        public const string RequestInvalid = "scheduling.request-invalid";

        /// <summary>Two slot requests have the same id.</summary>
        public const string DuplicateTopic = "scheduling.duplicate-topic";

        /// <summary>A conflict or grouping names a topic that is not requested.</summary>
        public const string UnknownTopic = "scheduling.unknown-topic";

        /// <summary>A pin names a block that does not exist or is not a session.</summary>
        public const string UnknownBlock = "scheduling.unknown-block";

        /// <summary>A pin names a room the session does not have, or <see cref="Summit.Core.Scheduling.PackingRequest.Rooms"/> names a room no block has.</summary>
        public const string UnknownRoom = "scheduling.unknown-room";

        /// <summary>A pinned time lies outside every session, or the pinned topic cannot be held there (room, availability).</summary>
        public const string PinUnsatisfiable = "scheduling.pin-unsatisfiable";

        /// <summary>A presenter (or two conflicting topics) is pinned into two rooms at once.</summary>
        public const string PresenterDoublePinned = "scheduling.presenter-double-pinned";

        /// <summary>The topics pinned to a session need more minutes than it holds.</summary>
        public const string PinnedMinutesExceedSession = "scheduling.pinned-minutes-exceed-session";

        /// <summary>No built-in agenda packer has the given name.</summary>
        public const string UnknownPacker = "scheduling.unknown-packer";

        /// <summary>Not placed: the topic's shortest length is longer than every session.</summary>
        public const string TopicTooLong = "scheduling.topic-too-long";

        /// <summary>Not placed: no length between the topic's shortest and longest is a multiple of the time grid.</summary>
        public const string TopicOffGrid = "scheduling.topic-off-grid";

        /// <summary>Not placed: the presenters' availability windows leave no stretch of a session long enough for the topic.</summary>
        public const string AvailabilityMissesSessions = "scheduling.availability-misses-sessions";

        /// <summary>Topics that must share a session are pinned to different sessions; the lighter one is left out.</summary>
        public const string GroupedPinsApart = "scheduling.grouped-pins-apart";

        /// <summary>The <see cref="Summit.Core.Scheduling.SlotRequest.After"/> orders of some topics form a cycle, so they can never all be placed.</summary>
        public const string OrderCycle = "scheduling.order-cycle";

        /// <summary>(Unplaced) A topic is pinned to start before a heavier pinned topic it must follow has ended (or the other way round).</summary>
        public const string PinsOutOfOrder = "scheduling.pins-out-of-order";

        /// <summary>Not placed: every session the topic may use is on the wrong side of a heavier placed topic it must follow or precede (<see cref="Summit.Core.Scheduling.SlotRequest.After"/>).</summary>
        public const string OutOfOrder = "scheduling.out-of-order";

        /// <summary>Not placed: no session has a room the topic may use at a time it may use it.</summary>
        public const string NoAllowedSession = "scheduling.no-allowed-session";

        /// <summary>Not placed: the rooms the topic may use are not available long enough during the sessions (room availability), or its pinned start lies outside its room's availability.</summary>
        public const string RoomUnavailable = "scheduling.room-unavailable";

        /// <summary>Not placed: every room the topic may use has fewer seats than the people expected at it.</summary>
        public const string RoomTooSmall = "scheduling.room-too-small";

        /// <summary>Not placed: the sessions it may use are full of topics with more weight, or hold topics it conflicts with.</summary>
        public const string NotEnoughTime = "scheduling.not-enough-time";

        /// <summary>A topic placement given to <c>AgendaComposer.Compose</c> breaks a hard rule of the model (metadata <c>topic</c> and <c>rule</c>).</summary>
        public const string PlacementInvalid = "scheduling.placement-invalid";
    }
}
