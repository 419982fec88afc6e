namespace Summit.Core.Selection;

/// <summary>Words reasons on demand; one instance serves every reason of one selection.</summary>
internal interface IReasonText
{
    string Text(int index);
}
