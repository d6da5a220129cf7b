namespace LatihanAsn.Domain.Programs;

/// <summary>A course's details, as <see cref="DefineCourse"/> and <see cref="UpdateCourse"/> give them.</summary>
/// <param name="Title">The title.</param>
/// <param name="Organiser">The kind of organiser.</param>
/// <param name="OrganiserName">The organiser's name.</param>
/// <param name="Jp">The JP, 0.5 to 2,000.</param>
/// <param name="Accreditation">The curriculum accreditation (art. 207(f)), if any.</param>
/// <param name="Develops">What it develops: each competency once, in a framework in force.</param>
/// <param name="Offerings">The modes it is offered in, each once.</param>
/// <param name="Prerequisites">Its prerequisites; a prerequisite course must be in the catalogue.</param>
/// <param name="Completion">What completing it takes and gives (default: attendance only).</param>
public sealed record CourseDetails(string Title, OrganiserKind Organiser, string OrganiserName, decimal Jp, string? Accreditation, IReadOnlyList<CompetencyStepInput> Develops, IReadOnlyList<DeliveryOffering> Offerings, IReadOnlyList<PrerequisiteInput>? Prerequisites = null, CourseCompletion? Completion = null);
