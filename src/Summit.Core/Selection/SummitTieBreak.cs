namespace Summit.Core.Selection;

/// <summary>How the default summit policy orders candidates within one priority tier.</summary>
public enum SummitTieBreak
{
    /// <summary>A lottery drawn from the context's random source.</summary>
    Lottery,

    /// <summary>Earlier submission first; a lottery for equal instants.</summary>
    FirstComeThenLottery,
}
