namespace Summit.Core;

public static partial class ErrorCodes
{
    /// <summary>Codes of organizer decisions in a summit's record (the <c>decisions</c> of a summit file) that could not take effect.</summary>
    public static class Decisions
    {
        /// <summary>A decision names a registration id that no registration (accepted or refused) has.</summary>
        public const string UnknownRegistration = "decision.unknown-registration";

        /// <summary>An admission or walk-in found no free place, and the decision does not say over capacity.</summary>
        public const string NoFreePlace = "decision.no-free-place";

        /// <summary>A decline names someone who holds neither a place nor a standby rank, or an admission someone who already holds one.</summary>
        public const string NotApplicable = "decision.not-applicable";

        /// <summary>The selection was published before registration closed, or published a second time.</summary>
        public const string PublicationRefused = "decision.publication-refused";

        /// <summary>A decision is dated at or after the summit's cancellation: nothing is selected, published or packed from then on.</summary>
        public const string AfterCancellation = "decision.after-cancellation";

        /// <summary>A walk-in or day-of topic is dated before the summit's first day starts.</summary>
        public const string BeforeTheDay = "decision.before-the-day";

        /// <summary>A seat decision (declined, admitted, walk-in) while no attendee selection exists (no capacity, or registration still open).</summary>
        public const string NoSelection = "decision.no-selection";

        /// <summary>A presenter of a selected topic holds no seat (a warning: the message names the person, the topic and the admission that fixes it).</summary>
        public const string PresenterWithoutSeat = "decision.presenter-without-seat";

        /// <summary>The agenda was published when there was no packed agenda to publish.</summary>
        public const string NoAgendaToPublish = "decision.no-agenda-to-publish";

        /// <summary>A day-of topic found no reserved day-of time left that is long enough for it.</summary>
        public const string NoDayOfTime = "decision.no-day-of-time";

        /// <summary>A day-of topic (or another agenda decision) found no packed agenda to place it in.</summary>
        public const string NoAgenda = "decision.no-agenda";
    }
}
