using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>A named task with its type.</summary>
public sealed record NamedTaskDto(string Name, TaskType Type);
