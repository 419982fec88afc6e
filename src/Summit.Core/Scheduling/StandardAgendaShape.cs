using System.Collections.Immutable;

namespace Summit.Core.Scheduling;

/// <summary>The minutes of each part of the standard summit afternoon: Welcome, Session 1, Break, Session 2, day-of slot, Open time.</summary>
/// <remarks>
/// Immutable. A part of 0 minutes is left out (sessions excepted: they must be positive). The defaults are the PyCon US
/// 2024 frame: 15 + 105 (the last 15 kept for call-outs) + 30 + 75 + 15 = 240 minutes. Equality compares
/// <see cref="Session2Rooms"/> by content.
/// </remarks>
public sealed record StandardAgendaShape
{
    /// <summary>Gets the minutes of the welcome. The default value is 15.</summary>
    public int WelcomeMinutes { get; init; } = 15;

    /// <summary>Gets the minutes of session 1. The default value is 105.</summary>
    public int Session1Minutes { get; init; } = 105;

    /// <summary>Gets the minutes at the end of session 1 kept for call-outs or topics brought on the day. The default value is 15.</summary>
    public int Session1ReservedMinutes { get; init; } = 15;

    /// <summary>Gets the title of session 1's reserved minutes. The default value is <c>Time for quick call-outs (plugs, resources, follow-ups)</c>.</summary>
    public string Session1ReservedTitle { get; init; } = "Time for quick call-outs (plugs, resources, follow-ups)";

    /// <summary>Gets the minutes of the break. The default value is 30.</summary>
    public int BreakMinutes { get; init; } = 30;

    /// <summary>Gets the minutes of session 2. The default value is 75.</summary>
    public int Session2Minutes { get; init; } = 75;

    /// <summary>Gets the parallel rooms of session 2 (breakouts); empty means the summit's room. The default value is empty.</summary>
    public EquatableArray<string> Session2Rooms { get; init; } = [];

    /// <summary>Gets the minutes of the day-of block after session 2 (lightning talks submitted on site). The default value is 0.</summary>
    public int DayOfMinutes { get; init; }

    /// <summary>Gets the minutes of open time at the end. The default value is 15.</summary>
    public int OpenTimeMinutes { get; init; } = 15;

    /// <summary>Gets the total minutes from the start of the welcome to the end of open time.</summary>
    public int TotalMinutes => WelcomeMinutes + Session1Minutes + BreakMinutes + Session2Minutes + DayOfMinutes + OpenTimeMinutes;
}
