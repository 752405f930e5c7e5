namespace Samenwerking.Domain.Evaluations;

/// <summary>Who evaluated: the collaboration itself, an external party, or a rekenkamer.</summary>
public enum EvaluationKind
{
    Zelfevaluatie = 1,
    Extern = 2,
    Rekenkamer = 3,
}

/// <summary>Activities that build collaboration skills, the other half of doorontwikkeling.</summary>
public enum DevelopmentActivityKind
{
    Training = 1,
    Masterclass = 2,
    Leergang = 3,
    Intervisie = 4,
}
