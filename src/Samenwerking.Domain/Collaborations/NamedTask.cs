namespace Samenwerking.Domain.Collaborations;

/// <summary>A task the collaboration carries out, such as "Belastingen" (uitvoering) or "ICT" (bedrijfsvoering).</summary>
public sealed record NamedTask(string Name, TaskType Type)
{
    public const int MaxNameLength = 100;
}
