using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LatihanAsn.Domain.EntityFrameworkCore.PostgreSql.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "latihan");

            migrationBuilder.CreateTable(
                name: "Courses",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Organiser = table.Column<int>(type: "integer", nullable: false),
                    OrganiserName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Jp = table.Column<decimal>(type: "numeric", nullable: false),
                    Accreditation = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Completion = table.Column<string>(type: "jsonb", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Develops = table.Column<string>(type: "jsonb", nullable: false),
                    Prerequisites = table.Column<string>(type: "jsonb", nullable: false),
                    Offerings = table.Column<string>(type: "jsonb", nullable: false),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Frameworks",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Competencies = table.Column<string>(type: "jsonb", nullable: false),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Frameworks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NeedsSurveys",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    ScaleMin = table.Column<int>(type: "integer", nullable: false),
                    ScaleMax = table.Column<int>(type: "integer", nullable: false),
                    PopulationRegionCode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PopulationOpdCode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PopulationPositionKind = table.Column<int>(type: "integer", nullable: true),
                    Items = table.Column<string>(type: "jsonb", nullable: false),
                    AllowsProposals = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NeedsSurveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Opds",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opds", x => x.Id);
                    table.UniqueConstraint("AK_Opds_OpdCode", x => x.OpdCode);
                });

            migrationBuilder.CreateTable(
                name: "RegionReach",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Connectivity = table.Column<int>(type: "integer", nullable: false),
                    Travel = table.Column<string>(type: "jsonb", nullable: false),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionReach", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationPlans",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Organiser = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RunStart = table.Column<DateOnly>(type: "date", nullable: false),
                    RunEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Design = table.Column<string>(type: "jsonb", nullable: false),
                    Measurements = table.Column<string>(type: "jsonb", nullable: false),
                    Participants = table.Column<string>(type: "jsonb", nullable: false),
                    Attendance = table.Column<string>(type: "jsonb", nullable: false),
                    ReactionResponses = table.Column<string>(type: "jsonb", nullable: false),
                    TestScores = table.Column<string>(type: "jsonb", nullable: false),
                    ComponentScores = table.Column<string>(type: "jsonb", nullable: false),
                    BehaviourRatings = table.Column<string>(type: "jsonb", nullable: false),
                    Transfers = table.Column<string>(type: "jsonb", nullable: false),
                    KpiEntries = table.Column<string>(type: "jsonb", nullable: false),
                    QualitativeRecords = table.Column<string>(type: "jsonb", nullable: false),
                    CostBenefitRecords = table.Column<string>(type: "jsonb", nullable: false),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationPlans_Opds_OpdCode",
                        column: x => x.OpdCode,
                        principalSchema: "latihan",
                        principalTable: "Opds",
                        principalColumn: "OpdCode",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Positions",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<int>(type: "integer", nullable: true),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Profile = table.Column<string>(type: "jsonb", nullable: false),
                    Standards = table.Column<string>(type: "jsonb", nullable: false),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Positions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Positions_Opds_OpdCode",
                        column: x => x.OpdCode,
                        principalSchema: "latihan",
                        principalTable: "Opds",
                        principalColumn: "OpdCode",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SkmSurveys",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    RuleSetKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Elements = table.Column<string>(type: "jsonb", nullable: false),
                    Weights = table.Column<string>(type: "jsonb", nullable: false),
                    Responses = table.Column<string>(type: "jsonb", nullable: false),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkmSurveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkmSurveys_Opds_OpdCode",
                        column: x => x.OpdCode,
                        principalSchema: "latihan",
                        principalTable: "Opds",
                        principalColumn: "OpdCode",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingPlans",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Revises = table.Column<Guid>(type: "uuid", nullable: true),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    PopulationRegionCode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PopulationOpdCode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: true),
                    BudgetCeiling = table.Column<decimal>(type: "numeric", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Lines = table.Column<string>(type: "jsonb", nullable: false),
                    Totals = table.Column<string>(type: "jsonb", nullable: false),
                    Unmet = table.Column<string>(type: "jsonb", nullable: false),
                    Diagnostics = table.Column<string>(type: "jsonb", nullable: false),
                    Objective = table.Column<decimal>(type: "numeric", nullable: false),
                    Method = table.Column<int>(type: "integer", nullable: false),
                    ProvenOptimal = table.Column<bool>(type: "boolean", nullable: false),
                    ComposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedBy = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ReturnReason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingPlans_NeedsSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalSchema: "latihan",
                        principalTable: "NeedsSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingPlans_Opds_OpdCode",
                        column: x => x.OpdCode,
                        principalSchema: "latihan",
                        principalTable: "Opds",
                        principalColumn: "OpdCode",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingPlans_TrainingPlans_Revises",
                        column: x => x.Revises,
                        principalSchema: "latihan",
                        principalTable: "TrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Employees",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Nip = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Employment = table.Column<int>(type: "integer", nullable: false),
                    PositionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    PositionToBeHeld = table.Column<Guid>(type: "uuid", nullable: true),
                    CareerMove = table.Column<int>(type: "integer", nullable: true),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Employees_Positions_PositionId",
                        column: x => x.PositionId,
                        principalSchema: "latihan",
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Employees_Positions_PositionToBeHeld",
                        column: x => x.PositionToBeHeld,
                        principalSchema: "latihan",
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CourseRuns",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    Place = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Organiser = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    Jp = table.Column<decimal>(type: "numeric", nullable: false),
                    MinSeats = table.Column<int>(type: "integer", nullable: false),
                    MaxSeats = table.Column<int>(type: "integer", nullable: false),
                    WaitingList = table.Column<int>(type: "integer", nullable: false),
                    Terms = table.Column<string>(type: "jsonb", nullable: false),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CancelReason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Sessions = table.Column<string>(type: "jsonb", nullable: false),
                    Enrolments = table.Column<string>(type: "jsonb", nullable: false),
                    Attendance = table.Column<string>(type: "jsonb", nullable: false),
                    Develops = table.Column<string>(type: "jsonb", nullable: false),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseRuns_Courses_CourseId",
                        column: x => x.CourseId,
                        principalSchema: "latihan",
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CourseRuns_TrainingPlans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "latihan",
                        principalTable: "TrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Assessor = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SupersededBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionNote = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Levels = table.Column<string>(type: "jsonb", nullable: false),
                    Evidence = table.Column<string>(type: "jsonb", nullable: false),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_Assessments_SupersededBy",
                        column: x => x.SupersededBy,
                        principalSchema: "latihan",
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalSchema: "latihan",
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LearningHoursLedgers",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Entries = table.Column<string>(type: "jsonb", nullable: false),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningHoursLedgers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningHoursLedgers_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalSchema: "latihan",
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringPlans",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorId = table.Column<Guid>(type: "uuid", nullable: false),
                    MenteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Competency = table.Column<string>(type: "text", nullable: false),
                    TargetLevel = table.Column<int>(type: "integer", nullable: false),
                    CadenceDays = table.Column<int>(type: "integer", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CheckIns = table.Column<string>(type: "jsonb", nullable: false),
                    AssessedLevel = table.Column<int>(type: "integer", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringPlans_Employees_MenteeId",
                        column: x => x.MenteeId,
                        principalSchema: "latihan",
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringPlans_Employees_MentorId",
                        column: x => x.MentorId,
                        principalSchema: "latihan",
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceAppraisals",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<decimal>(type: "numeric", nullable: false),
                    Target = table.Column<decimal>(type: "numeric", nullable: false),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceAppraisals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceAppraisals_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalSchema: "latihan",
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Respondent = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    PositionKind = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Answers = table.Column<string>(type: "jsonb", nullable: false),
                    Proposals = table.Column<string>(type: "jsonb", nullable: false),
                    History = table.Column<string>(type: "jsonb", nullable: false),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Employees_Respondent",
                        column: x => x.Respondent,
                        principalSchema: "latihan",
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_NeedsSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalSchema: "latihan",
                        principalTable: "NeedsSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlans",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RunId = table.Column<Guid>(type: "uuid", nullable: true),
                    Supervisor = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Goals = table.Column<string>(type: "jsonb", nullable: false),
                    Milestones = table.Column<string>(type: "jsonb", nullable: false),
                    SignedOffBy = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SignedOffOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlans_CourseRuns_RunId",
                        column: x => x.RunId,
                        principalSchema: "latihan",
                        principalTable: "CourseRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionPlans_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalSchema: "latihan",
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Certificates",
                schema: "latihan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CourseTitle = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    RenewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RegionCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OpdCode = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AggregateVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Certificates_Certificates_RenewedBy",
                        column: x => x.RenewedBy,
                        principalSchema: "latihan",
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Certificates_CourseRuns_RunId",
                        column: x => x.RunId,
                        principalSchema: "latihan",
                        principalTable: "CourseRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Certificates_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalSchema: "latihan",
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_EmployeeId",
                schema: "latihan",
                table: "ActionPlans",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_OpdCode",
                schema: "latihan",
                table: "ActionPlans",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_RegionCode",
                schema: "latihan",
                table: "ActionPlans",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_RunId",
                schema: "latihan",
                table: "ActionPlans",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_Status",
                schema: "latihan",
                table: "ActionPlans",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_EmployeeId",
                schema: "latihan",
                table: "Assessments",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_OpdCode",
                schema: "latihan",
                table: "Assessments",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_RegionCode",
                schema: "latihan",
                table: "Assessments",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_Status",
                schema: "latihan",
                table: "Assessments",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_SupersededBy",
                schema: "latihan",
                table: "Assessments",
                column: "SupersededBy");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_CourseId",
                schema: "latihan",
                table: "Certificates",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_EmployeeId_CourseId",
                schema: "latihan",
                table: "Certificates",
                columns: new[] { "EmployeeId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_OpdCode",
                schema: "latihan",
                table: "Certificates",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_RegionCode",
                schema: "latihan",
                table: "Certificates",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_RenewedBy",
                schema: "latihan",
                table: "Certificates",
                column: "RenewedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_RunId",
                schema: "latihan",
                table: "Certificates",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRuns_CourseId",
                schema: "latihan",
                table: "CourseRuns",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRuns_OpdCode",
                schema: "latihan",
                table: "CourseRuns",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRuns_PlanId_LineNumber",
                schema: "latihan",
                table: "CourseRuns",
                columns: new[] { "PlanId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CourseRuns_RegionCode",
                schema: "latihan",
                table: "CourseRuns",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRuns_Status",
                schema: "latihan",
                table: "CourseRuns",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Courses_Code",
                schema: "latihan",
                table: "Courses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Nip",
                schema: "latihan",
                table: "Employees",
                column: "Nip",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Employees_OpdCode",
                schema: "latihan",
                table: "Employees",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_PositionId",
                schema: "latihan",
                table: "Employees",
                column: "PositionId");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_PositionToBeHeld",
                schema: "latihan",
                table: "Employees",
                column: "PositionToBeHeld");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_RegionCode",
                schema: "latihan",
                table: "Employees",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPlans_CourseRunId",
                schema: "latihan",
                table: "EvaluationPlans",
                column: "CourseRunId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPlans_OpdCode_RunEnd",
                schema: "latihan",
                table: "EvaluationPlans",
                columns: new[] { "OpdCode", "RunEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPlans_RegionCode",
                schema: "latihan",
                table: "EvaluationPlans",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Frameworks_Code_Version",
                schema: "latihan",
                table: "Frameworks",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Frameworks_ValidFrom",
                schema: "latihan",
                table: "Frameworks",
                column: "ValidFrom");

            migrationBuilder.CreateIndex(
                name: "IX_LearningHoursLedgers_EmployeeId_Year",
                schema: "latihan",
                table: "LearningHoursLedgers",
                columns: new[] { "EmployeeId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningHoursLedgers_OpdCode",
                schema: "latihan",
                table: "LearningHoursLedgers",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_LearningHoursLedgers_RegionCode",
                schema: "latihan",
                table: "LearningHoursLedgers",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_LearningHoursLedgers_Year",
                schema: "latihan",
                table: "LearningHoursLedgers",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPlans_MenteeId",
                schema: "latihan",
                table: "MentoringPlans",
                column: "MenteeId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPlans_MentorId_Status",
                schema: "latihan",
                table: "MentoringPlans",
                columns: new[] { "MentorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPlans_OpdCode",
                schema: "latihan",
                table: "MentoringPlans",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPlans_RegionCode",
                schema: "latihan",
                table: "MentoringPlans",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPlans_Status",
                schema: "latihan",
                table: "MentoringPlans",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_NeedsSurveys_PopulationRegionCode",
                schema: "latihan",
                table: "NeedsSurveys",
                column: "PopulationRegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Opds_RegionCode",
                schema: "latihan",
                table: "Opds",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceAppraisals_EmployeeId_Year",
                schema: "latihan",
                table: "PerformanceAppraisals",
                columns: new[] { "EmployeeId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceAppraisals_OpdCode",
                schema: "latihan",
                table: "PerformanceAppraisals",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceAppraisals_RegionCode",
                schema: "latihan",
                table: "PerformanceAppraisals",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_Code",
                schema: "latihan",
                table: "Positions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Positions_OpdCode",
                schema: "latihan",
                table: "Positions",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_Positions_RegionCode",
                schema: "latihan",
                table: "Positions",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_RegionReach_RegionCode",
                schema: "latihan",
                table: "RegionReach",
                column: "RegionCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkmSurveys_OpdCode_PeriodEnd",
                schema: "latihan",
                table: "SkmSurveys",
                columns: new[] { "OpdCode", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_SkmSurveys_RegionCode",
                schema: "latihan",
                table: "SkmSurveys",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_OpdCode",
                schema: "latihan",
                table: "SurveyResponses",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_RegionCode",
                schema: "latihan",
                table: "SurveyResponses",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_Respondent",
                schema: "latihan",
                table: "SurveyResponses",
                column: "Respondent");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId_Respondent",
                schema: "latihan",
                table: "SurveyResponses",
                columns: new[] { "SurveyId", "Respondent" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_OpdCode",
                schema: "latihan",
                table: "TrainingPlans",
                column: "OpdCode");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_RegionCode",
                schema: "latihan",
                table: "TrainingPlans",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_Revises",
                schema: "latihan",
                table: "TrainingPlans",
                column: "Revises");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_Status",
                schema: "latihan",
                table: "TrainingPlans",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_SurveyId",
                schema: "latihan",
                table: "TrainingPlans",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_Year_Version",
                schema: "latihan",
                table: "TrainingPlans",
                columns: new[] { "Year", "Version" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionPlans",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "Assessments",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "Certificates",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "EvaluationPlans",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "Frameworks",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "LearningHoursLedgers",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "MentoringPlans",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "PerformanceAppraisals",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "RegionReach",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "SkmSurveys",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "SurveyResponses",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "CourseRuns",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "Employees",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "Courses",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "TrainingPlans",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "Positions",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "NeedsSurveys",
                schema: "latihan");

            migrationBuilder.DropTable(
                name: "Opds",
                schema: "latihan");
        }
    }
}
