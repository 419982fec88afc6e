namespace Summit.Core.Export;

/// <summary>The <c>STATUS</c> of a calendar event (RFC 5545 §3.8.1.11).</summary>
public enum CalendarEventStatus
{
    /// <summary><c>STATUS:TENTATIVE</c>: the date is not firm (an approximate milestone).</summary>
    Tentative,

    /// <summary><c>STATUS:CONFIRMED</c>.</summary>
    Confirmed,

    /// <summary><c>STATUS:CANCELLED</c>: the event will not take place.</summary>
    Cancelled,
}
