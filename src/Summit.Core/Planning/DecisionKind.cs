namespace Summit.Core.Planning;

/// <summary>The kinds of organizer decision a summit's record holds (the <c>kind</c> of a summit file's decision).</summary>
public enum DecisionKind
{
    /// <summary><c>selection-published</c>: confirmations sent; from then on the selected set and the standby order are frozen.</summary>
    SelectionPublished,

    /// <summary><c>declined</c>: an attendee gives up a place or a standby rank; standby rank 1 is offered a freed place.</summary>
    Declined,

    /// <summary><c>admitted</c>: a special or late registration let in, with the reason; takes a free place (over capacity only when the decision says so).</summary>
    Admitted,

    /// <summary><c>extension</c>: a personal deadline extension for one registration's submissions.</summary>
    Extension,

    /// <summary><c>deadline-amended</c>: a milestone moved, with the reason; the timeline keeps both deadlines.</summary>
    DeadlineAmended,

    /// <summary><c>agenda-published</c>: the agenda is frozen; later changes re-pack it with minimal change.</summary>
    AgendaPublished,

    /// <summary><c>walk-in</c>: someone turns up on the day and takes a free place, or is refused with the reason.</summary>
    WalkIn,

    /// <summary><c>day-of-topic</c>: a topic brought on the day, placed in the day-of block.</summary>
    DayOfTopic,

    /// <summary><c>cancelled</c>: the summit is cancelled; nothing is submitted, cast, selected, published or packed from then on.</summary>
    Cancelled,
}
