namespace Summit.Core.Selection;

/// <summary>Words reasons on demand; one instance serves every reason of one selection.</summary>
internal interface IReasonText
{
    string Text(int index);
}

/// <summary>Assembles an outcome's reasons on first read; one instance serves every outcome of one selection.</summary>
internal interface IOutcomeReasons
{
    SelectionReason[] ReasonsOf(int index);
}
