using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>A named task, such as "Belastingen", with its type.</summary>
/// <param name="Name">Name of the task, unique within the collaboration.</param>
/// <param name="Type">The type of task; must be one of the collaboration's task types.</param>
public sealed record NamedTaskInput(string Name, TaskType Type);
