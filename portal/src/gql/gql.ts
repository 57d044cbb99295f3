/* eslint-disable */
import * as types from "./graphql";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "\n  mutation PortalCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.PortalCreateAgencyDocument;
  "\n  mutation PortalUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      id\n      name\n      firstResponder\n    }\n  }\n": typeof types.PortalUpdateAgencyDocument;
  "\n  mutation PortalDefineArea($input: DefineAreaInput!) {\n    defineArea(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.PortalDefineAreaDocument;
  "\n  mutation PortalImportDirectory($input: ImportDirectoryInput!) {\n    importDirectory(input: $input) {\n      committed\n      imported\n      duplicates\n      rejected\n      rolesGiven\n      rows {\n        row\n        outcome\n        column\n        reason\n      }\n    }\n  }\n": typeof types.PortalImportDirectoryDocument;
  "\n  mutation PortalRegisterMachineClient($input: RegisterMachineClientInput!) {\n    registerMachineClient(input: $input) {\n      id\n      name\n      clientId\n    }\n  }\n": typeof types.PortalRegisterMachineClientDocument;
  "\n  mutation PortalRevokeMachineClient($id: ID!) {\n    revokeMachineClient(id: $id) {\n      id\n      name\n      active\n      revokedAt\n    }\n  }\n": typeof types.PortalRevokeMachineClientDocument;
  "\n  mutation PortalAddPartnershipMember($input: AddPartnershipMemberInput!) {\n    addPartnershipMember(input: $input) {\n      id\n      role\n      since\n      agency {\n        shortName\n      }\n    }\n  }\n": typeof types.PortalAddPartnershipMemberDocument;
  "\n  mutation PortalEndPartnershipMembership($input: EndPartnershipMembershipInput!) {\n    endPartnershipMembership(input: $input) {\n      id\n      until\n      agency {\n        shortName\n      }\n    }\n  }\n": typeof types.PortalEndPartnershipMembershipDocument;
  "\n  query PortalDirectoryPeople($search: String) {\n    people(first: 20, filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        jobTitle\n        agency {\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.PortalDirectoryPeopleDocument;
  "\n  mutation PortalCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.PortalCreatePersonDocument;
  "\n  mutation PortalGrantPartnershipRole($input: GrantPartnershipRoleInput!) {\n    grantPartnershipRole(input: $input) {\n      id\n      agencyId\n      userId\n      role\n      grantedOn\n    }\n  }\n": typeof types.PortalGrantPartnershipRoleDocument;
  "\n  mutation PortalRevokePartnershipRole($id: ID!) {\n    revokePartnershipRole(id: $id) {\n      id\n      userId\n      role\n    }\n  }\n": typeof types.PortalRevokePartnershipRoleDocument;
  "\n  mutation PortalExtendSubjectRequest($input: ExtendSubjectRequestInput!) {\n    extendSubjectRequest(input: $input) {\n      id\n      dueOn\n      extensionMonths\n      extensionReason\n      daysLeft\n    }\n  }\n": typeof types.PortalExtendSubjectRequestDocument;
  "\n  mutation PortalCompleteSubjectRequest($input: CompleteSubjectRequestInput!) {\n    completeSubjectRequest(input: $input) {\n      id\n      status\n      completedOn\n      outcome\n      daysLeft\n    }\n  }\n": typeof types.PortalCompleteSubjectRequestDocument;
  "\n  mutation PortalRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n": typeof types.PortalRegisterWebhookDocument;
  "\n  mutation PortalRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      id\n      secret\n      webhook {\n        id\n        url\n        secretRotatedAt\n      }\n    }\n  }\n": typeof types.PortalRotateWebhookSecretDocument;
  "\n  mutation PortalDisableWebhook($id: ID!) {\n    disableWebhook(id: $id) {\n      id\n      url\n      active\n      disabledAt\n    }\n  }\n": typeof types.PortalDisableWebhookDocument;
  "\n  query PortalAuditConcernIds($reference: String!) {\n    concerns(first: 100, filter: { reference: $reference }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PortalAuditConcernIdsDocument;
  "\n  query PortalAuditConcernReferences($ids: [ID!]!) {\n    concerns(first: 100, filter: { ids: $ids }) {\n      nodes {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.PortalAuditConcernReferencesDocument;
  "\n  query PortalAuditAgreements {\n    sharingAgreements(first: 50) {\n      nodes {\n        id\n        reference\n      }\n    }\n  }\n": typeof types.PortalAuditAgreementsDocument;
  "\n  query PortalPersonRecord($concernId: ID!) {\n    concern(id: $concernId) {\n      id\n      version\n      potentialVictims {\n        id\n        fullName\n        aliases\n        dateOfBirth\n        phone\n        currentAddress\n        nationality\n        gender\n        ageGroup\n      }\n    }\n  }\n": typeof types.PortalPersonRecordDocument;
  "\n  mutation PortalCorrectPotentialVictim($input: CorrectPotentialVictimInput!) {\n    correctPotentialVictim(input: $input) {\n      id\n      fullName\n      aliases\n      dateOfBirth\n      phone\n      currentAddress\n      nationality\n      gender\n      ageGroup\n    }\n  }\n": typeof types.PortalCorrectPotentialVictimDocument;
  "\n  mutation PortalRecordDutyToNotify($victimId: ID!, $input: DutyToNotifyInput!) {\n    recordDutyToNotify(victimId: $victimId, input: $input) {\n      id\n      reportedOn\n    }\n  }\n": typeof types.PortalRecordDutyToNotifyDocument;
  "\n  mutation PortalErasePotentialVictim($input: ErasePotentialVictimInput!) {\n    erasePotentialVictim(input: $input) {\n      id\n      personId\n      erased\n      kept {\n        what\n        basis\n      }\n    }\n  }\n": typeof types.PortalErasePotentialVictimDocument;
  "\n  query PortalLegalHolds($id: ID!) {\n    concern(id: $id) {\n      id\n      legalHolds {\n        id\n        kind\n        reason\n        until\n        active\n        placedAt\n        releasedAt\n        releaseReason\n        placedByAgency {\n          id\n          shortName\n        }\n        releasedByAgency {\n          id\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.PortalLegalHoldsDocument;
  "\n  mutation PortalPlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.PortalPlaceLegalHoldDocument;
  "\n  mutation PortalReleaseLegalHold($input: ReleaseLegalHoldInput!) {\n    releaseLegalHold(input: $input) {\n      id\n      active\n      releasedAt\n      releaseReason\n    }\n  }\n": typeof types.PortalReleaseLegalHoldDocument;
  "\n  mutation PortalRecordNrmDecision($referralId: ID!, $input: NrmDecisionInput!) {\n    recordNrmDecision(referralId: $referralId, input: $input) {\n      id\n      reasonableGrounds\n      reasonableGroundsOn\n      conclusiveGrounds\n      conclusiveGroundsOn\n    }\n  }\n": typeof types.PortalRecordNrmDecisionDocument;
  "\n  mutation PortalReferToNrm($victimId: ID!, $input: NrmReferralInput!) {\n    referToNrm(victimId: $victimId, input: $input) {\n      id\n      referredOn\n      consentGiven\n      minor\n      reasonableGrounds\n      conclusiveGrounds\n      potentialVictim {\n        id\n        outcome\n      }\n    }\n  }\n": typeof types.PortalReferToNrmDocument;
  "\n  query PortalAgencyStaff($agencyId: ID!) {\n    people(first: 100, filter: { agencyId: $agencyId }) {\n      nodes {\n        id\n        name\n        email\n        jobTitle\n      }\n    }\n  }\n": typeof types.PortalAgencyStaffDocument;
  "\n  query PortalConcernOffenders($id: ID!) {\n    concern(id: $id) {\n      id\n      offenders {\n        id\n        fullName\n        dateOfBirth\n        role\n        arrestedOn\n        charge\n      }\n      orders {\n        id\n        kind\n        subject\n        grantedOn\n        expiresOn\n      }\n    }\n  }\n": typeof types.PortalConcernOffendersDocument;
  "\n  mutation PortalRecordOffender($concernId: ID!, $input: OffenderInput!) {\n    recordOffender(concernId: $concernId, input: $input) {\n      id\n      fullName\n    }\n  }\n": typeof types.PortalRecordOffenderDocument;
  "\n  mutation PortalRecordOrder($concernId: ID!, $input: OrderInput!) {\n    recordOrder(concernId: $concernId, input: $input) {\n      id\n      kind\n    }\n  }\n": typeof types.PortalRecordOrderDocument;
  "\n  mutation PortalScreenPerson($concernId: ID!, $input: ScreenPersonInput!) {\n    screenPerson(concernId: $concernId, input: $input) {\n      id\n      screenedOn\n      outcome\n    }\n  }\n": typeof types.PortalScreenPersonDocument;
  "\n  mutation PortalSuspendAgreement($input: SuspendSharingAgreementInput!) {\n    suspendSharingAgreement(input: $input) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": typeof types.PortalSuspendAgreementDocument;
  "\n  mutation PortalReactivateAgreement($input: ReactivateSharingAgreementInput!) {\n    reactivateSharingAgreement(input: $input) {\n      id\n      status\n      suspendedReason\n    }\n  }\n": typeof types.PortalReactivateAgreementDocument;
  "\n  mutation PortalCreatePlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalCreatePlanDocument;
  "\n  query PortalMemberAgencies {\n    actingPartnership {\n      id\n      members {\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.PortalMemberAgenciesDocument;
  "\n  mutation PortalCompleteMilestone($input: CompleteMilestoneInput!) {\n    completeActionMilestone(input: $input) {\n      id\n      doneOn\n    }\n  }\n": typeof types.PortalCompleteMilestoneDocument;
  "\n  mutation PortalAddObjective($input: AddObjectiveInput!) {\n    addPlanObjective(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.PortalAddObjectiveDocument;
  "\n  mutation PortalAddKpi($input: AddKpiInput!) {\n    addPlanKpi(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalAddKpiDocument;
  "\n  mutation PortalAddAction($input: AddActionInput!) {\n    addPlanAction(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalAddActionDocument;
  "\n  mutation PortalAddMilestone($input: AddMilestoneInput!) {\n    addActionMilestone(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.PortalAddMilestoneDocument;
  "\n  mutation PortalRecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalRecordAssessmentDocument;
  "\n  query PortalSupplierAssurance($id: ID!) {\n    supplier(id: $id) {\n      id\n      assessments {\n        id\n        agencyId\n        assessedOn\n        score\n        outcome\n        notes\n      }\n      audits {\n        id\n        agencyId\n        kind\n        auditedOn\n        auditor\n        findings {\n          id\n          severity\n          description\n          open\n          actions {\n            id\n            description\n            dueOn\n            status\n            completedOn\n            overdue\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortalSupplierAssuranceDocument;
  "\n  mutation PortalRecordAudit($input: RecordAuditInput!) {\n    recordAudit(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalRecordAuditDocument;
  "\n  query PortalSupplierContracts($supplierId: ID!) {\n    contracts(filter: { supplierId: $supplierId }, first: 50) {\n      totalCount\n      nodes {\n        id\n        reference\n        department\n        category\n        value\n        startDate\n        endDate\n        modernSlaveryClause\n        codeOfConduct\n      }\n    }\n  }\n": typeof types.PortalSupplierContractsDocument;
  "\n  mutation PortalCreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.PortalCreateContractDocument;
  "\n  mutation PortalUpdateCorrectiveAction($input: UpdateCorrectiveActionInput!) {\n    updateCorrectiveAction(input: $input) {\n      id\n      status\n      completedOn\n      overdue\n    }\n  }\n": typeof types.PortalUpdateCorrectiveActionDocument;
  "\n  mutation PortalImportRegistry($csv: String!) {\n    importRegistryStatements(csv: $csv) {\n      rowsRead\n      matched\n      created\n      updated\n      unchanged\n      unmatched\n      rejected\n      changes {\n        line\n        companyNumber\n        supplierName\n        action\n        changedFields\n      }\n      unmatchedRows {\n        line\n        companyNumber\n        organisationName\n      }\n      rejections {\n        line\n        companyNumber\n        reason\n      }\n    }\n  }\n": typeof types.PortalImportRegistryDocument;
  "\n  mutation PortalRecordStatement($input: RecordStatementInput!) {\n    recordStatement(input: $input) {\n      id\n      periodEnd\n      source\n    }\n  }\n": typeof types.PortalRecordStatementDocument;
  "\n  mutation PortalCreateSupplier($input: CreateSupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.PortalCreateSupplierDocument;
  "\n  mutation PortalUpdateSupplier($input: UpdateSupplierInput!) {\n    updateSupplier(input: $input) {\n      id\n      name\n      sector\n      turnoverBand\n      financialYearEnd\n      website\n      location\n      workforceTraits\n      commodities\n    }\n  }\n": typeof types.PortalUpdateSupplierDocument;
  "\n  mutation PortalCancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      id\n      status\n      cancelledAt\n      cancellationReason\n    }\n  }\n": typeof types.PortalCancelSessionDocument;
  "\n  mutation PortalCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      id\n      title\n      level\n    }\n  }\n": typeof types.PortalCreateCourseDocument;
  "\n  query PortalDirectoryLookup($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        agency {\n          id\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.PortalDirectoryLookupDocument;
  "\n  query PortalFirstResponders($first: Int!, $after: String, $expiredWithinDays: Int!) {\n    firstResponderQualifications(first: $first, after: $after, expiredWithinDays: $expiredWithinDays) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        delegateName\n        expiresOn\n        expired\n        agency {\n          shortName\n        }\n        course {\n          title\n        }\n      }\n    }\n  }\n": typeof types.PortalFirstRespondersDocument;
  "\n  query PortalAreas {\n    areas(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PortalAreasDocument;
  "\n  query PortalAgreementsInForce {\n    sharingAgreements(first: 100, filter: { status: ACTIVE }) {\n      nodes {\n        id\n        reference\n        title\n        inForce\n        parties {\n          id\n          agency {\n            id\n          }\n        }\n        grants {\n          id\n          categories\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PortalAgreementsInForceDocument;
  "\n  query PortalGrantedCategories {\n    grantedCategories\n  }\n": typeof types.PortalGrantedCategoriesDocument;
  "\n  query PortalAgencies {\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n        sector\n      }\n    }\n  }\n": typeof types.PortalAgenciesDocument;
  "\n  query PortalActingPartnership {\n    actingPartnership {\n      id\n      name\n    }\n  }\n": typeof types.PortalActingPartnershipDocument;
  "\n  query PortalToday {\n    today\n  }\n": typeof types.PortalTodayDocument;
  "\n  query PortalRecordOfProcessing {\n    recordOfProcessing {\n      partnership {\n        id\n        name\n      }\n      asOf\n      attentionDays\n      categories {\n        category\n        description\n        shared\n        controllerSectors\n        classifiedFields\n        purposes\n        lawfulBases\n        parties {\n          id\n          shortName\n        }\n        recipientAgencies {\n          id\n          shortName\n        }\n        recipientSectors\n        retention {\n          summary\n          agreement {\n            id\n            reference\n          }\n        }\n        agreements {\n          id\n          reference\n          title\n          endDate\n        }\n      }\n      dueForReview {\n        agreement {\n          id\n          reference\n          title\n        }\n        date\n        daysLeft\n      }\n      expiringSoon {\n        agreement {\n          id\n          reference\n          title\n        }\n        date\n        daysLeft\n      }\n    }\n  }\n": typeof types.PortalRecordOfProcessingDocument;
  "\n  query PortalActionPlan($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      title\n      startsOn\n      endsOn\n      ragSummary {\n        rag\n        count\n      }\n      kpis {\n        id\n        name\n        target\n        unit\n      }\n      objectives {\n        id\n        number\n        theme\n        title\n        kpis {\n          id\n          name\n          target\n          unit\n        }\n        actions {\n          id\n          title\n          deliveryDate\n          rag\n          leadAgencies {\n            shortName\n          }\n          milestones {\n            id\n            position\n            title\n            dueOn\n            doneOn\n          }\n          updates {\n            id\n            reportedOn\n            rag\n            note\n            completionReason\n            reporterAgency {\n              shortName\n            }\n          }\n        }\n      }\n    }\n    overdueActions(planId: $id) {\n      id\n    }\n  }\n": typeof types.PortalActionPlanDocument;
  "\n  mutation PortalRecordProgress($input: RecordProgressInput!) {\n    recordActionProgress(input: $input) {\n      id\n      rag\n      note\n      completionReason\n    }\n  }\n": typeof types.PortalRecordProgressDocument;
  "\n  mutation PortalCreateAgreement($input: CreateSharingAgreementInput!) {\n    createSharingAgreement(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n": typeof types.PortalCreateAgreementDocument;
  "\n  query PortalAgreement($id: ID!) {\n    sharingAgreement(id: $id) {\n      id\n      reference\n      title\n      purpose\n      lawfulBasis\n      startDate\n      endDate\n      reviewDate\n      status\n      inForce\n      suspendedReason\n      parties {\n        id\n        signedAt\n        signedBy\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n      grants {\n        id\n        recipientSector\n        recipientAgency {\n          name\n        }\n        categories\n      }\n      retention {\n        category\n        summary\n      }\n      history {\n        id\n        action\n        actingAs\n        reason\n        at\n        agency {\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.PortalAgreementDocument;
  "\n  mutation PortalSignAgreement($input: SignSharingAgreementInput!) {\n    signSharingAgreement(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PortalSignAgreementDocument;
  "\n  query PortalAnnualReport($id: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate!) {\n    partnership(id: $id) {\n      id\n      name\n      area\n      caseStatistics(from: $from, to: $to) {\n        concerns {\n          count\n          suppressed\n        }\n        peopleScreened {\n          count\n          suppressed\n        }\n        visits {\n          count\n          suppressed\n        }\n        interventions {\n          count\n          suppressed\n        }\n        nrmReferrals {\n          count\n          suppressed\n        }\n        dutyToNotifyReports {\n          count\n          suppressed\n        }\n        concernsByArea {\n          area {\n            id\n            name\n          }\n          count\n          suppressed\n        }\n        concernsByLocationType {\n          key\n          count\n          suppressed\n        }\n        peopleScreenedByGender {\n          key\n          count\n          suppressed\n        }\n        peopleScreenedByNationality {\n          key\n          count\n          suppressed\n        }\n        interventionsByType {\n          key\n          count\n          suppressed\n        }\n      }\n      trainingStatistics(from: $from, to: $asOf) {\n        peopleTrainedByLevel {\n          level\n          count\n        }\n        qualifiedFirstResponders\n      }\n      procurementStatistics(asOf: $asOf) {\n        asOf\n        suppliersByStatementStatus {\n          key\n          count\n        }\n        contractsWithoutClause\n        highRiskWithoutAudit\n      }\n      actionPlanSummary(asOf: $asOf) {\n        asOf\n        plan {\n          title\n        }\n        rag {\n          rag\n          count\n        }\n        overdue {\n          id\n          title\n          deliveryDate\n        }\n      }\n      meetingAttendance(from: $from, to: $to) {\n        agency {\n          id\n          shortName\n        }\n        meetings\n        rate\n      }\n    }\n  }\n": typeof types.PortalAnnualReportDocument;
  "\n  query PortalConcern($id: ID!) {\n    concern(id: $id) {\n      id\n      reference\n      version\n      receivedOn\n      source\n      status\n      responseLevel\n      exploitationTypes\n      intelligenceSummary\n      crimeReference\n      outcome\n      closedOn\n      takingPart\n      referringAgency {\n        id\n        shortName\n      }\n      leadAgency {\n        id\n        shortName\n        name\n      }\n      participatingAgencies {\n        id\n        shortName\n      }\n      location {\n        id\n        type\n        area {\n          id\n          name\n        }\n        ward\n        address\n        postcode\n        businessName\n      }\n      peopleScreenedCount\n      potentialVictims {\n        id\n        screenedOn\n        ageGroup\n        gender\n        nationality\n        fullName\n        outcome\n        nrmReferral {\n          id\n          referredOn\n          reasonableGrounds\n          conclusiveGrounds\n          referringAgency {\n            shortName\n          }\n        }\n        dutyToNotify {\n          id\n          reportedOn\n          reportingAgency {\n            shortName\n          }\n        }\n      }\n      visits {\n        id\n        visitedOn\n        notes\n        agenciesPresent {\n          id\n          shortName\n        }\n        interventions {\n          id\n          type\n          outcome\n          agency {\n            shortName\n          }\n        }\n      }\n      offenders {\n        id\n        fullName\n        role\n        arrestedOn\n        charge\n      }\n      history {\n        version\n        changedAt\n        changedBy\n        changedByAgency {\n          id\n          shortName\n        }\n        reason\n        changes {\n          field\n          category\n          newValue\n          restricted\n        }\n      }\n    }\n  }\n": typeof types.PortalConcernDocument;
  "\n  query PortalConcerns($filter: ConcernFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    concerns(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        receivedOn\n        status\n        exploitationTypes\n        takingPart\n        location {\n          type\n          area {\n            id\n            name\n          }\n          supplier {\n            name\n            statementCheck {\n              status\n            }\n          }\n        }\n        leadAgency {\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.PortalConcernsDocument;
  "\n  mutation PortalChangeConcernStatus($id: ID!, $version: Int!, $input: ChangeConcernStatusInput!) {\n    changeConcernStatus(id: $id, version: $version, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PortalChangeConcernStatusDocument;
  "\n  query PortalDashboard($from: LocalDate!, $to: LocalDate!) {\n    caseStatistics(from: $from, to: $to) {\n      concerns {\n        count\n        suppressed\n      }\n      peopleScreened {\n        count\n        suppressed\n      }\n      visits {\n        count\n        suppressed\n      }\n      interventions {\n        count\n        suppressed\n      }\n      nrmReferrals {\n        count\n        suppressed\n      }\n      concernsByQuarter {\n        key\n        count\n        suppressed\n      }\n      concernsByArea {\n        area {\n          id\n          name\n        }\n        count\n        suppressed\n      }\n      concernsByLocationType {\n        key\n        count\n        suppressed\n      }\n      concernsByExploitationType {\n        key\n        count\n        suppressed\n      }\n      peopleScreenedByNationality {\n        key\n        count\n        suppressed\n      }\n      peopleScreenedByGender {\n        key\n        count\n        suppressed\n      }\n    }\n    trainingStatistics(from: $from, to: $to) {\n      peopleTrainedByLevel {\n        level\n        count\n      }\n      qualifiedFirstResponders\n    }\n    procurementStatistics {\n      suppliersByStatementStatus {\n        key\n        count\n      }\n    }\n  }\n": typeof types.PortalDashboardDocument;
  "\n  mutation PortalUpdateConcern($id: ID!, $version: Int!, $input: UpdateConcernInput!) {\n    updateConcern(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PortalUpdateConcernDocument;
  "\n  query PortalActionPlans($partnershipId: ID!) {\n    actionPlans(first: 5, partnershipId: $partnershipId) {\n      nodes {\n        id\n        title\n        startsOn\n        endsOn\n        ragSummary {\n          rag\n          count\n        }\n        objectives {\n          id\n          number\n          theme\n          title\n          actions {\n            id\n            title\n            deliveryDate\n            rag\n            leadAgencies {\n              shortName\n            }\n            milestones {\n              id\n              title\n              doneOn\n            }\n          }\n        }\n      }\n    }\n    overdueActions {\n      id\n    }\n  }\n": typeof types.PortalActionPlansDocument;
  "\n  query PortalAgreements {\n    sharingAgreements(first: 50) {\n      nodes {\n        id\n        reference\n        title\n        status\n        inForce\n        startDate\n        endDate\n        suspendedReason\n        parties {\n          id\n          signedAt\n          signedBy\n          agency {\n            id\n            shortName\n          }\n        }\n        grants {\n          id\n          recipientSector\n          recipientAgency {\n            shortName\n          }\n          categories\n        }\n      }\n    }\n  }\n": typeof types.PortalAgreementsDocument;
  "\n  fragment PortalAuditPage on AuditEventConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      id\n      at\n      userId\n      agencyId\n      entityType\n      entityId\n      field\n      category\n      agreementId\n      operation\n      outcome\n    }\n  }\n": typeof types.PortalAuditPageFragmentDoc;
  "\n    query PortalGovernanceAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: governanceAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  ": typeof types.PortalGovernanceAuditDocument;
  "\n    query PortalCasesAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: casesAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  ": typeof types.PortalCasesAuditDocument;
  "\n    query PortalTrainingAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: trainingAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  ": typeof types.PortalTrainingAuditDocument;
  "\n    query PortalProcurementAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: procurementAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  ": typeof types.PortalProcurementAuditDocument;
  "\n  query PortalMaturityAssessments($agencyId: ID) {\n    maturityAssessments(agencyId: $agencyId, first: 10) {\n      nodes {\n        id\n        assessedOn\n        assessor\n        agency {\n          name\n        }\n        ratings {\n          area\n          level\n          evidence\n        }\n      }\n    }\n  }\n": typeof types.PortalMaturityAssessmentsDocument;
  "\n  mutation PortalRecordMaturity($input: RecordMaturityAssessmentInput!) {\n    recordMaturityAssessment(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalRecordMaturityDocument;
  "\n  query PortalMeetings($partnershipId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    partnership(id: $partnershipId) {\n      id\n      meetings(from: $from, to: $to, first: 50) {\n        nodes {\n          id\n          heldOn\n          kind\n          title\n          attendance {\n            attendance\n            agency {\n              id\n              shortName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortalMeetingsDocument;
  "\n  mutation PortalRecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalRecordMeetingDocument;
  "\n  mutation PortalImportNrmReferrals($csv: String!, $dryRun: Boolean!) {\n    importNrmReferrals(csv: $csv, dryRun: $dryRun) {\n      committed\n      dryRun\n      rowsRead\n      imported\n      rejected\n      rows {\n        line\n        outcome\n        problems {\n          column\n          message\n        }\n      }\n    }\n  }\n": typeof types.PortalImportNrmReferralsDocument;
  "\n  query PortalDirectoryAdmin {\n    actingPartnership {\n      id\n      members {\n        id\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n        sector\n        firstResponder\n      }\n    }\n  }\n": typeof types.PortalDirectoryAdminDocument;
  "\n  query PortalIntegrationsAdmin {\n    actingPartnership {\n      id\n      members {\n        id\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    webhooks(first: 100) {\n      nodes {\n        id\n        url\n        eventTypes\n        active\n        createdAt\n        disabledAt\n        secretRotatedAt\n        agency {\n          shortName\n        }\n      }\n    }\n    machineClients(first: 100, includeRevoked: true) {\n      nodes {\n        id\n        name\n        issuer\n        clientId\n        roles\n        active\n        registeredAt\n        revokedAt\n        agency {\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.PortalIntegrationsAdminDocument;
  "\n  query PortalPartnershipAdmin {\n    today\n    actingPartnership {\n      id\n      name\n      members {\n        id\n        role\n        since\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    partnershipRoles {\n      id\n      agencyId\n      userId\n      role\n      grantedOn\n    }\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n      }\n    }\n    areas(first: 100) {\n      nodes {\n        id\n        name\n        kind\n        onsCode\n        parent {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PortalPartnershipAdminDocument;
  "\n  query PortalPlatformAdmin {\n    partnerships(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n        referencePrefix\n        area\n        parentNetwork\n      }\n    }\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.PortalPlatformAdminDocument;
  "\n  mutation PortalCreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.PortalCreatePartnershipDocument;
  "\n  mutation PortalCreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.PortalCreateNetworkDocument;
  "\n  query PortalSuppliers($filter: SupplierFilter, $first: Int!, $after: String) {\n    suppliers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        companyNumber\n        sector\n        highRiskSector\n        statementCheck {\n          status\n          score\n        }\n        risk {\n          rating\n          points\n        }\n      }\n    }\n  }\n": typeof types.PortalSuppliersDocument;
  "\n  mutation PortalRecordConcern($input: RecordConcernInput!) {\n    recordConcern(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.PortalRecordConcernDocument;
  "\n  mutation PortalRecordVisit($concernId: ID!, $input: RecordVisitInput!) {\n    recordVisit(concernId: $concernId, input: $input) {\n      id\n    }\n  }\n": typeof types.PortalRecordVisitDocument;
  "\n  query PortalSubjectRequests($status: SubjectRequestStatus) {\n    today\n    actingPartnership {\n      id\n      members {\n        id\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    subjectRequests(first: 100, status: $status) {\n      totalCount\n      nodes {\n        id\n        kind\n        subject\n        receivedOn\n        dueOn\n        extensionMonths\n        status\n        completedOn\n        daysLeft\n        overdue\n        madeTo {\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.PortalSubjectRequestsDocument;
  "\n  mutation PortalRecordSubjectRequest($input: RecordSubjectRequestInput!) {\n    recordSubjectRequest(input: $input) {\n      id\n      subject\n      dueOn\n    }\n  }\n": typeof types.PortalRecordSubjectRequestDocument;
  "\n  query PortalSupplier($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      companyNumber\n      sector\n      turnoverBand\n      financialYearEnd\n      website\n      location\n      highRiskSector\n      workforceTraits\n      commodities\n      risk {\n        rating\n        points\n        includesIntelligence\n        factors {\n          factor\n          points\n          reason\n        }\n        commercialScope\n        commercialFactors {\n          factor\n          points\n          reason\n        }\n        ratingWithCommercial\n        pointsWithCommercial\n      }\n      statements {\n        id\n        periodStart\n        periodEnd\n        url\n        publishedOn\n        approvedOn\n        signedByDirector\n        linkedFromHomePage\n        submittedToRegistry\n        areas\n        source\n      }\n    }\n  }\n": typeof types.PortalSupplierDocument;
  "\n  query PortalStatementCheck($id: ID!) {\n    supplier(id: $id) {\n      id\n      statementCheck {\n        required\n        status\n        score\n        checkedOn\n        checkedPeriodEnd\n        nextDueDate\n        findings {\n          code\n          level\n          reason\n          penalty\n        }\n      }\n      riskIncludingIntelligence {\n        rating\n        points\n        includesIntelligence\n      }\n      intelligenceSignals {\n        concerns\n        visits\n        interventions\n        lastConcernOn\n      }\n    }\n  }\n": typeof types.PortalStatementCheckDocument;
  "\n  query PortalTrainingSession($id: ID!) {\n    trainingSession(id: $id) {\n      id\n      startsAt\n      venue\n      trainer\n      capacity\n      status\n      cancelledAt\n      cancellationReason\n      course {\n        title\n        level\n      }\n      attendance {\n        id\n        status\n        delegateName\n        delegateEmail\n        certificateNumber\n        expiresOn\n        agency {\n          id\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.PortalTrainingSessionDocument;
  "\n  mutation PortalRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PortalRecordAttendanceDocument;
  "\n  query PortalTraining($first: Int!, $after: String, $filter: SessionFilter, $withinDays: Int!) {\n    courses(first: 50) {\n      nodes {\n        id\n        title\n        level\n        format\n        durationMinutes\n        validityMonths\n        provider {\n          shortName\n        }\n      }\n    }\n    trainingSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        startsAt\n        venue\n        trainer\n        capacity\n        status\n        course {\n          title\n        }\n      }\n    }\n    certificatesDueForRefresh(first: 50, withinDays: $withinDays) {\n      totalCount\n      nodes {\n        id\n        expiresOn\n        delegateName\n        certificateNumber\n        agency {\n          shortName\n        }\n        course {\n          title\n        }\n      }\n    }\n  }\n": typeof types.PortalTrainingDocument;
  "\n  mutation PortalImportCompletions($input: ImportCompletionsInput!) {\n    importCompletions(input: $input) {\n      committed\n      imported\n      duplicates\n      rejected\n      rows {\n        row\n        outcome\n        column\n        reason\n      }\n    }\n  }\n": typeof types.PortalImportCompletionsDocument;
  "\n  mutation PortalScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalScheduleSessionDocument;
};
const documents: Documents = {
  "\n  mutation PortalCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n":
    types.PortalCreateAgencyDocument,
  "\n  mutation PortalUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      id\n      name\n      firstResponder\n    }\n  }\n":
    types.PortalUpdateAgencyDocument,
  "\n  mutation PortalDefineArea($input: DefineAreaInput!) {\n    defineArea(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n":
    types.PortalDefineAreaDocument,
  "\n  mutation PortalImportDirectory($input: ImportDirectoryInput!) {\n    importDirectory(input: $input) {\n      committed\n      imported\n      duplicates\n      rejected\n      rolesGiven\n      rows {\n        row\n        outcome\n        column\n        reason\n      }\n    }\n  }\n":
    types.PortalImportDirectoryDocument,
  "\n  mutation PortalRegisterMachineClient($input: RegisterMachineClientInput!) {\n    registerMachineClient(input: $input) {\n      id\n      name\n      clientId\n    }\n  }\n":
    types.PortalRegisterMachineClientDocument,
  "\n  mutation PortalRevokeMachineClient($id: ID!) {\n    revokeMachineClient(id: $id) {\n      id\n      name\n      active\n      revokedAt\n    }\n  }\n":
    types.PortalRevokeMachineClientDocument,
  "\n  mutation PortalAddPartnershipMember($input: AddPartnershipMemberInput!) {\n    addPartnershipMember(input: $input) {\n      id\n      role\n      since\n      agency {\n        shortName\n      }\n    }\n  }\n":
    types.PortalAddPartnershipMemberDocument,
  "\n  mutation PortalEndPartnershipMembership($input: EndPartnershipMembershipInput!) {\n    endPartnershipMembership(input: $input) {\n      id\n      until\n      agency {\n        shortName\n      }\n    }\n  }\n":
    types.PortalEndPartnershipMembershipDocument,
  "\n  query PortalDirectoryPeople($search: String) {\n    people(first: 20, filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        jobTitle\n        agency {\n          shortName\n        }\n      }\n    }\n  }\n":
    types.PortalDirectoryPeopleDocument,
  "\n  mutation PortalCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n    }\n  }\n":
    types.PortalCreatePersonDocument,
  "\n  mutation PortalGrantPartnershipRole($input: GrantPartnershipRoleInput!) {\n    grantPartnershipRole(input: $input) {\n      id\n      agencyId\n      userId\n      role\n      grantedOn\n    }\n  }\n":
    types.PortalGrantPartnershipRoleDocument,
  "\n  mutation PortalRevokePartnershipRole($id: ID!) {\n    revokePartnershipRole(id: $id) {\n      id\n      userId\n      role\n    }\n  }\n":
    types.PortalRevokePartnershipRoleDocument,
  "\n  mutation PortalExtendSubjectRequest($input: ExtendSubjectRequestInput!) {\n    extendSubjectRequest(input: $input) {\n      id\n      dueOn\n      extensionMonths\n      extensionReason\n      daysLeft\n    }\n  }\n":
    types.PortalExtendSubjectRequestDocument,
  "\n  mutation PortalCompleteSubjectRequest($input: CompleteSubjectRequestInput!) {\n    completeSubjectRequest(input: $input) {\n      id\n      status\n      completedOn\n      outcome\n      daysLeft\n    }\n  }\n":
    types.PortalCompleteSubjectRequestDocument,
  "\n  mutation PortalRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n":
    types.PortalRegisterWebhookDocument,
  "\n  mutation PortalRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      id\n      secret\n      webhook {\n        id\n        url\n        secretRotatedAt\n      }\n    }\n  }\n":
    types.PortalRotateWebhookSecretDocument,
  "\n  mutation PortalDisableWebhook($id: ID!) {\n    disableWebhook(id: $id) {\n      id\n      url\n      active\n      disabledAt\n    }\n  }\n":
    types.PortalDisableWebhookDocument,
  "\n  query PortalAuditConcernIds($reference: String!) {\n    concerns(first: 100, filter: { reference: $reference }) {\n      nodes {\n        id\n      }\n    }\n  }\n":
    types.PortalAuditConcernIdsDocument,
  "\n  query PortalAuditConcernReferences($ids: [ID!]!) {\n    concerns(first: 100, filter: { ids: $ids }) {\n      nodes {\n        id\n        reference\n      }\n    }\n  }\n":
    types.PortalAuditConcernReferencesDocument,
  "\n  query PortalAuditAgreements {\n    sharingAgreements(first: 50) {\n      nodes {\n        id\n        reference\n      }\n    }\n  }\n":
    types.PortalAuditAgreementsDocument,
  "\n  query PortalPersonRecord($concernId: ID!) {\n    concern(id: $concernId) {\n      id\n      version\n      potentialVictims {\n        id\n        fullName\n        aliases\n        dateOfBirth\n        phone\n        currentAddress\n        nationality\n        gender\n        ageGroup\n      }\n    }\n  }\n":
    types.PortalPersonRecordDocument,
  "\n  mutation PortalCorrectPotentialVictim($input: CorrectPotentialVictimInput!) {\n    correctPotentialVictim(input: $input) {\n      id\n      fullName\n      aliases\n      dateOfBirth\n      phone\n      currentAddress\n      nationality\n      gender\n      ageGroup\n    }\n  }\n":
    types.PortalCorrectPotentialVictimDocument,
  "\n  mutation PortalRecordDutyToNotify($victimId: ID!, $input: DutyToNotifyInput!) {\n    recordDutyToNotify(victimId: $victimId, input: $input) {\n      id\n      reportedOn\n    }\n  }\n":
    types.PortalRecordDutyToNotifyDocument,
  "\n  mutation PortalErasePotentialVictim($input: ErasePotentialVictimInput!) {\n    erasePotentialVictim(input: $input) {\n      id\n      personId\n      erased\n      kept {\n        what\n        basis\n      }\n    }\n  }\n":
    types.PortalErasePotentialVictimDocument,
  "\n  query PortalLegalHolds($id: ID!) {\n    concern(id: $id) {\n      id\n      legalHolds {\n        id\n        kind\n        reason\n        until\n        active\n        placedAt\n        releasedAt\n        releaseReason\n        placedByAgency {\n          id\n          shortName\n        }\n        releasedByAgency {\n          id\n          shortName\n        }\n      }\n    }\n  }\n":
    types.PortalLegalHoldsDocument,
  "\n  mutation PortalPlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      id\n      active\n    }\n  }\n":
    types.PortalPlaceLegalHoldDocument,
  "\n  mutation PortalReleaseLegalHold($input: ReleaseLegalHoldInput!) {\n    releaseLegalHold(input: $input) {\n      id\n      active\n      releasedAt\n      releaseReason\n    }\n  }\n":
    types.PortalReleaseLegalHoldDocument,
  "\n  mutation PortalRecordNrmDecision($referralId: ID!, $input: NrmDecisionInput!) {\n    recordNrmDecision(referralId: $referralId, input: $input) {\n      id\n      reasonableGrounds\n      reasonableGroundsOn\n      conclusiveGrounds\n      conclusiveGroundsOn\n    }\n  }\n":
    types.PortalRecordNrmDecisionDocument,
  "\n  mutation PortalReferToNrm($victimId: ID!, $input: NrmReferralInput!) {\n    referToNrm(victimId: $victimId, input: $input) {\n      id\n      referredOn\n      consentGiven\n      minor\n      reasonableGrounds\n      conclusiveGrounds\n      potentialVictim {\n        id\n        outcome\n      }\n    }\n  }\n":
    types.PortalReferToNrmDocument,
  "\n  query PortalAgencyStaff($agencyId: ID!) {\n    people(first: 100, filter: { agencyId: $agencyId }) {\n      nodes {\n        id\n        name\n        email\n        jobTitle\n      }\n    }\n  }\n":
    types.PortalAgencyStaffDocument,
  "\n  query PortalConcernOffenders($id: ID!) {\n    concern(id: $id) {\n      id\n      offenders {\n        id\n        fullName\n        dateOfBirth\n        role\n        arrestedOn\n        charge\n      }\n      orders {\n        id\n        kind\n        subject\n        grantedOn\n        expiresOn\n      }\n    }\n  }\n":
    types.PortalConcernOffendersDocument,
  "\n  mutation PortalRecordOffender($concernId: ID!, $input: OffenderInput!) {\n    recordOffender(concernId: $concernId, input: $input) {\n      id\n      fullName\n    }\n  }\n":
    types.PortalRecordOffenderDocument,
  "\n  mutation PortalRecordOrder($concernId: ID!, $input: OrderInput!) {\n    recordOrder(concernId: $concernId, input: $input) {\n      id\n      kind\n    }\n  }\n":
    types.PortalRecordOrderDocument,
  "\n  mutation PortalScreenPerson($concernId: ID!, $input: ScreenPersonInput!) {\n    screenPerson(concernId: $concernId, input: $input) {\n      id\n      screenedOn\n      outcome\n    }\n  }\n":
    types.PortalScreenPersonDocument,
  "\n  mutation PortalSuspendAgreement($input: SuspendSharingAgreementInput!) {\n    suspendSharingAgreement(input: $input) {\n      id\n      status\n      suspendedReason\n    }\n  }\n":
    types.PortalSuspendAgreementDocument,
  "\n  mutation PortalReactivateAgreement($input: ReactivateSharingAgreementInput!) {\n    reactivateSharingAgreement(input: $input) {\n      id\n      status\n      suspendedReason\n    }\n  }\n":
    types.PortalReactivateAgreementDocument,
  "\n  mutation PortalCreatePlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n    }\n  }\n":
    types.PortalCreatePlanDocument,
  "\n  query PortalMemberAgencies {\n    actingPartnership {\n      id\n      members {\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n":
    types.PortalMemberAgenciesDocument,
  "\n  mutation PortalCompleteMilestone($input: CompleteMilestoneInput!) {\n    completeActionMilestone(input: $input) {\n      id\n      doneOn\n    }\n  }\n":
    types.PortalCompleteMilestoneDocument,
  "\n  mutation PortalAddObjective($input: AddObjectiveInput!) {\n    addPlanObjective(input: $input) {\n      id\n      number\n    }\n  }\n":
    types.PortalAddObjectiveDocument,
  "\n  mutation PortalAddKpi($input: AddKpiInput!) {\n    addPlanKpi(input: $input) {\n      id\n    }\n  }\n":
    types.PortalAddKpiDocument,
  "\n  mutation PortalAddAction($input: AddActionInput!) {\n    addPlanAction(input: $input) {\n      id\n    }\n  }\n":
    types.PortalAddActionDocument,
  "\n  mutation PortalAddMilestone($input: AddMilestoneInput!) {\n    addActionMilestone(input: $input) {\n      id\n      position\n    }\n  }\n":
    types.PortalAddMilestoneDocument,
  "\n  mutation PortalRecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n    }\n  }\n":
    types.PortalRecordAssessmentDocument,
  "\n  query PortalSupplierAssurance($id: ID!) {\n    supplier(id: $id) {\n      id\n      assessments {\n        id\n        agencyId\n        assessedOn\n        score\n        outcome\n        notes\n      }\n      audits {\n        id\n        agencyId\n        kind\n        auditedOn\n        auditor\n        findings {\n          id\n          severity\n          description\n          open\n          actions {\n            id\n            description\n            dueOn\n            status\n            completedOn\n            overdue\n          }\n        }\n      }\n    }\n  }\n":
    types.PortalSupplierAssuranceDocument,
  "\n  mutation PortalRecordAudit($input: RecordAuditInput!) {\n    recordAudit(input: $input) {\n      id\n    }\n  }\n":
    types.PortalRecordAuditDocument,
  "\n  query PortalSupplierContracts($supplierId: ID!) {\n    contracts(filter: { supplierId: $supplierId }, first: 50) {\n      totalCount\n      nodes {\n        id\n        reference\n        department\n        category\n        value\n        startDate\n        endDate\n        modernSlaveryClause\n        codeOfConduct\n      }\n    }\n  }\n":
    types.PortalSupplierContractsDocument,
  "\n  mutation PortalCreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      reference\n    }\n  }\n":
    types.PortalCreateContractDocument,
  "\n  mutation PortalUpdateCorrectiveAction($input: UpdateCorrectiveActionInput!) {\n    updateCorrectiveAction(input: $input) {\n      id\n      status\n      completedOn\n      overdue\n    }\n  }\n":
    types.PortalUpdateCorrectiveActionDocument,
  "\n  mutation PortalImportRegistry($csv: String!) {\n    importRegistryStatements(csv: $csv) {\n      rowsRead\n      matched\n      created\n      updated\n      unchanged\n      unmatched\n      rejected\n      changes {\n        line\n        companyNumber\n        supplierName\n        action\n        changedFields\n      }\n      unmatchedRows {\n        line\n        companyNumber\n        organisationName\n      }\n      rejections {\n        line\n        companyNumber\n        reason\n      }\n    }\n  }\n":
    types.PortalImportRegistryDocument,
  "\n  mutation PortalRecordStatement($input: RecordStatementInput!) {\n    recordStatement(input: $input) {\n      id\n      periodEnd\n      source\n    }\n  }\n":
    types.PortalRecordStatementDocument,
  "\n  mutation PortalCreateSupplier($input: CreateSupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      name\n    }\n  }\n":
    types.PortalCreateSupplierDocument,
  "\n  mutation PortalUpdateSupplier($input: UpdateSupplierInput!) {\n    updateSupplier(input: $input) {\n      id\n      name\n      sector\n      turnoverBand\n      financialYearEnd\n      website\n      location\n      workforceTraits\n      commodities\n    }\n  }\n":
    types.PortalUpdateSupplierDocument,
  "\n  mutation PortalCancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      id\n      status\n      cancelledAt\n      cancellationReason\n    }\n  }\n":
    types.PortalCancelSessionDocument,
  "\n  mutation PortalCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      id\n      title\n      level\n    }\n  }\n":
    types.PortalCreateCourseDocument,
  "\n  query PortalDirectoryLookup($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        agency {\n          id\n          shortName\n        }\n      }\n    }\n  }\n":
    types.PortalDirectoryLookupDocument,
  "\n  query PortalFirstResponders($first: Int!, $after: String, $expiredWithinDays: Int!) {\n    firstResponderQualifications(first: $first, after: $after, expiredWithinDays: $expiredWithinDays) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        delegateName\n        expiresOn\n        expired\n        agency {\n          shortName\n        }\n        course {\n          title\n        }\n      }\n    }\n  }\n":
    types.PortalFirstRespondersDocument,
  "\n  query PortalAreas {\n    areas(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n":
    types.PortalAreasDocument,
  "\n  query PortalAgreementsInForce {\n    sharingAgreements(first: 100, filter: { status: ACTIVE }) {\n      nodes {\n        id\n        reference\n        title\n        inForce\n        parties {\n          id\n          agency {\n            id\n          }\n        }\n        grants {\n          id\n          categories\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n":
    types.PortalAgreementsInForceDocument,
  "\n  query PortalGrantedCategories {\n    grantedCategories\n  }\n": types.PortalGrantedCategoriesDocument,
  "\n  query PortalAgencies {\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n        sector\n      }\n    }\n  }\n":
    types.PortalAgenciesDocument,
  "\n  query PortalActingPartnership {\n    actingPartnership {\n      id\n      name\n    }\n  }\n":
    types.PortalActingPartnershipDocument,
  "\n  query PortalToday {\n    today\n  }\n": types.PortalTodayDocument,
  "\n  query PortalRecordOfProcessing {\n    recordOfProcessing {\n      partnership {\n        id\n        name\n      }\n      asOf\n      attentionDays\n      categories {\n        category\n        description\n        shared\n        controllerSectors\n        classifiedFields\n        purposes\n        lawfulBases\n        parties {\n          id\n          shortName\n        }\n        recipientAgencies {\n          id\n          shortName\n        }\n        recipientSectors\n        retention {\n          summary\n          agreement {\n            id\n            reference\n          }\n        }\n        agreements {\n          id\n          reference\n          title\n          endDate\n        }\n      }\n      dueForReview {\n        agreement {\n          id\n          reference\n          title\n        }\n        date\n        daysLeft\n      }\n      expiringSoon {\n        agreement {\n          id\n          reference\n          title\n        }\n        date\n        daysLeft\n      }\n    }\n  }\n":
    types.PortalRecordOfProcessingDocument,
  "\n  query PortalActionPlan($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      title\n      startsOn\n      endsOn\n      ragSummary {\n        rag\n        count\n      }\n      kpis {\n        id\n        name\n        target\n        unit\n      }\n      objectives {\n        id\n        number\n        theme\n        title\n        kpis {\n          id\n          name\n          target\n          unit\n        }\n        actions {\n          id\n          title\n          deliveryDate\n          rag\n          leadAgencies {\n            shortName\n          }\n          milestones {\n            id\n            position\n            title\n            dueOn\n            doneOn\n          }\n          updates {\n            id\n            reportedOn\n            rag\n            note\n            completionReason\n            reporterAgency {\n              shortName\n            }\n          }\n        }\n      }\n    }\n    overdueActions(planId: $id) {\n      id\n    }\n  }\n":
    types.PortalActionPlanDocument,
  "\n  mutation PortalRecordProgress($input: RecordProgressInput!) {\n    recordActionProgress(input: $input) {\n      id\n      rag\n      note\n      completionReason\n    }\n  }\n":
    types.PortalRecordProgressDocument,
  "\n  mutation PortalCreateAgreement($input: CreateSharingAgreementInput!) {\n    createSharingAgreement(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n":
    types.PortalCreateAgreementDocument,
  "\n  query PortalAgreement($id: ID!) {\n    sharingAgreement(id: $id) {\n      id\n      reference\n      title\n      purpose\n      lawfulBasis\n      startDate\n      endDate\n      reviewDate\n      status\n      inForce\n      suspendedReason\n      parties {\n        id\n        signedAt\n        signedBy\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n      grants {\n        id\n        recipientSector\n        recipientAgency {\n          name\n        }\n        categories\n      }\n      retention {\n        category\n        summary\n      }\n      history {\n        id\n        action\n        actingAs\n        reason\n        at\n        agency {\n          shortName\n        }\n      }\n    }\n  }\n":
    types.PortalAgreementDocument,
  "\n  mutation PortalSignAgreement($input: SignSharingAgreementInput!) {\n    signSharingAgreement(input: $input) {\n      id\n      status\n    }\n  }\n":
    types.PortalSignAgreementDocument,
  "\n  query PortalAnnualReport($id: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate!) {\n    partnership(id: $id) {\n      id\n      name\n      area\n      caseStatistics(from: $from, to: $to) {\n        concerns {\n          count\n          suppressed\n        }\n        peopleScreened {\n          count\n          suppressed\n        }\n        visits {\n          count\n          suppressed\n        }\n        interventions {\n          count\n          suppressed\n        }\n        nrmReferrals {\n          count\n          suppressed\n        }\n        dutyToNotifyReports {\n          count\n          suppressed\n        }\n        concernsByArea {\n          area {\n            id\n            name\n          }\n          count\n          suppressed\n        }\n        concernsByLocationType {\n          key\n          count\n          suppressed\n        }\n        peopleScreenedByGender {\n          key\n          count\n          suppressed\n        }\n        peopleScreenedByNationality {\n          key\n          count\n          suppressed\n        }\n        interventionsByType {\n          key\n          count\n          suppressed\n        }\n      }\n      trainingStatistics(from: $from, to: $asOf) {\n        peopleTrainedByLevel {\n          level\n          count\n        }\n        qualifiedFirstResponders\n      }\n      procurementStatistics(asOf: $asOf) {\n        asOf\n        suppliersByStatementStatus {\n          key\n          count\n        }\n        contractsWithoutClause\n        highRiskWithoutAudit\n      }\n      actionPlanSummary(asOf: $asOf) {\n        asOf\n        plan {\n          title\n        }\n        rag {\n          rag\n          count\n        }\n        overdue {\n          id\n          title\n          deliveryDate\n        }\n      }\n      meetingAttendance(from: $from, to: $to) {\n        agency {\n          id\n          shortName\n        }\n        meetings\n        rate\n      }\n    }\n  }\n":
    types.PortalAnnualReportDocument,
  "\n  query PortalConcern($id: ID!) {\n    concern(id: $id) {\n      id\n      reference\n      version\n      receivedOn\n      source\n      status\n      responseLevel\n      exploitationTypes\n      intelligenceSummary\n      crimeReference\n      outcome\n      closedOn\n      takingPart\n      referringAgency {\n        id\n        shortName\n      }\n      leadAgency {\n        id\n        shortName\n        name\n      }\n      participatingAgencies {\n        id\n        shortName\n      }\n      location {\n        id\n        type\n        area {\n          id\n          name\n        }\n        ward\n        address\n        postcode\n        businessName\n      }\n      peopleScreenedCount\n      potentialVictims {\n        id\n        screenedOn\n        ageGroup\n        gender\n        nationality\n        fullName\n        outcome\n        nrmReferral {\n          id\n          referredOn\n          reasonableGrounds\n          conclusiveGrounds\n          referringAgency {\n            shortName\n          }\n        }\n        dutyToNotify {\n          id\n          reportedOn\n          reportingAgency {\n            shortName\n          }\n        }\n      }\n      visits {\n        id\n        visitedOn\n        notes\n        agenciesPresent {\n          id\n          shortName\n        }\n        interventions {\n          id\n          type\n          outcome\n          agency {\n            shortName\n          }\n        }\n      }\n      offenders {\n        id\n        fullName\n        role\n        arrestedOn\n        charge\n      }\n      history {\n        version\n        changedAt\n        changedBy\n        changedByAgency {\n          id\n          shortName\n        }\n        reason\n        changes {\n          field\n          category\n          newValue\n          restricted\n        }\n      }\n    }\n  }\n":
    types.PortalConcernDocument,
  "\n  query PortalConcerns($filter: ConcernFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    concerns(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        receivedOn\n        status\n        exploitationTypes\n        takingPart\n        location {\n          type\n          area {\n            id\n            name\n          }\n          supplier {\n            name\n            statementCheck {\n              status\n            }\n          }\n        }\n        leadAgency {\n          shortName\n        }\n      }\n    }\n  }\n":
    types.PortalConcernsDocument,
  "\n  mutation PortalChangeConcernStatus($id: ID!, $version: Int!, $input: ChangeConcernStatusInput!) {\n    changeConcernStatus(id: $id, version: $version, input: $input) {\n      id\n      status\n      version\n    }\n  }\n":
    types.PortalChangeConcernStatusDocument,
  "\n  query PortalDashboard($from: LocalDate!, $to: LocalDate!) {\n    caseStatistics(from: $from, to: $to) {\n      concerns {\n        count\n        suppressed\n      }\n      peopleScreened {\n        count\n        suppressed\n      }\n      visits {\n        count\n        suppressed\n      }\n      interventions {\n        count\n        suppressed\n      }\n      nrmReferrals {\n        count\n        suppressed\n      }\n      concernsByQuarter {\n        key\n        count\n        suppressed\n      }\n      concernsByArea {\n        area {\n          id\n          name\n        }\n        count\n        suppressed\n      }\n      concernsByLocationType {\n        key\n        count\n        suppressed\n      }\n      concernsByExploitationType {\n        key\n        count\n        suppressed\n      }\n      peopleScreenedByNationality {\n        key\n        count\n        suppressed\n      }\n      peopleScreenedByGender {\n        key\n        count\n        suppressed\n      }\n    }\n    trainingStatistics(from: $from, to: $to) {\n      peopleTrainedByLevel {\n        level\n        count\n      }\n      qualifiedFirstResponders\n    }\n    procurementStatistics {\n      suppliersByStatementStatus {\n        key\n        count\n      }\n    }\n  }\n":
    types.PortalDashboardDocument,
  "\n  mutation PortalUpdateConcern($id: ID!, $version: Int!, $input: UpdateConcernInput!) {\n    updateConcern(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n":
    types.PortalUpdateConcernDocument,
  "\n  query PortalActionPlans($partnershipId: ID!) {\n    actionPlans(first: 5, partnershipId: $partnershipId) {\n      nodes {\n        id\n        title\n        startsOn\n        endsOn\n        ragSummary {\n          rag\n          count\n        }\n        objectives {\n          id\n          number\n          theme\n          title\n          actions {\n            id\n            title\n            deliveryDate\n            rag\n            leadAgencies {\n              shortName\n            }\n            milestones {\n              id\n              title\n              doneOn\n            }\n          }\n        }\n      }\n    }\n    overdueActions {\n      id\n    }\n  }\n":
    types.PortalActionPlansDocument,
  "\n  query PortalAgreements {\n    sharingAgreements(first: 50) {\n      nodes {\n        id\n        reference\n        title\n        status\n        inForce\n        startDate\n        endDate\n        suspendedReason\n        parties {\n          id\n          signedAt\n          signedBy\n          agency {\n            id\n            shortName\n          }\n        }\n        grants {\n          id\n          recipientSector\n          recipientAgency {\n            shortName\n          }\n          categories\n        }\n      }\n    }\n  }\n":
    types.PortalAgreementsDocument,
  "\n  fragment PortalAuditPage on AuditEventConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      id\n      at\n      userId\n      agencyId\n      entityType\n      entityId\n      field\n      category\n      agreementId\n      operation\n      outcome\n    }\n  }\n":
    types.PortalAuditPageFragmentDoc,
  "\n    query PortalGovernanceAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: governanceAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  ":
    types.PortalGovernanceAuditDocument,
  "\n    query PortalCasesAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: casesAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  ":
    types.PortalCasesAuditDocument,
  "\n    query PortalTrainingAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: trainingAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  ":
    types.PortalTrainingAuditDocument,
  "\n    query PortalProcurementAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: procurementAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  ":
    types.PortalProcurementAuditDocument,
  "\n  query PortalMaturityAssessments($agencyId: ID) {\n    maturityAssessments(agencyId: $agencyId, first: 10) {\n      nodes {\n        id\n        assessedOn\n        assessor\n        agency {\n          name\n        }\n        ratings {\n          area\n          level\n          evidence\n        }\n      }\n    }\n  }\n":
    types.PortalMaturityAssessmentsDocument,
  "\n  mutation PortalRecordMaturity($input: RecordMaturityAssessmentInput!) {\n    recordMaturityAssessment(input: $input) {\n      id\n    }\n  }\n":
    types.PortalRecordMaturityDocument,
  "\n  query PortalMeetings($partnershipId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    partnership(id: $partnershipId) {\n      id\n      meetings(from: $from, to: $to, first: 50) {\n        nodes {\n          id\n          heldOn\n          kind\n          title\n          attendance {\n            attendance\n            agency {\n              id\n              shortName\n            }\n          }\n        }\n      }\n    }\n  }\n":
    types.PortalMeetingsDocument,
  "\n  mutation PortalRecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      id\n    }\n  }\n":
    types.PortalRecordMeetingDocument,
  "\n  mutation PortalImportNrmReferrals($csv: String!, $dryRun: Boolean!) {\n    importNrmReferrals(csv: $csv, dryRun: $dryRun) {\n      committed\n      dryRun\n      rowsRead\n      imported\n      rejected\n      rows {\n        line\n        outcome\n        problems {\n          column\n          message\n        }\n      }\n    }\n  }\n":
    types.PortalImportNrmReferralsDocument,
  "\n  query PortalDirectoryAdmin {\n    actingPartnership {\n      id\n      members {\n        id\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n        sector\n        firstResponder\n      }\n    }\n  }\n":
    types.PortalDirectoryAdminDocument,
  "\n  query PortalIntegrationsAdmin {\n    actingPartnership {\n      id\n      members {\n        id\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    webhooks(first: 100) {\n      nodes {\n        id\n        url\n        eventTypes\n        active\n        createdAt\n        disabledAt\n        secretRotatedAt\n        agency {\n          shortName\n        }\n      }\n    }\n    machineClients(first: 100, includeRevoked: true) {\n      nodes {\n        id\n        name\n        issuer\n        clientId\n        roles\n        active\n        registeredAt\n        revokedAt\n        agency {\n          shortName\n        }\n      }\n    }\n  }\n":
    types.PortalIntegrationsAdminDocument,
  "\n  query PortalPartnershipAdmin {\n    today\n    actingPartnership {\n      id\n      name\n      members {\n        id\n        role\n        since\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    partnershipRoles {\n      id\n      agencyId\n      userId\n      role\n      grantedOn\n    }\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n      }\n    }\n    areas(first: 100) {\n      nodes {\n        id\n        name\n        kind\n        onsCode\n        parent {\n          name\n        }\n      }\n    }\n  }\n":
    types.PortalPartnershipAdminDocument,
  "\n  query PortalPlatformAdmin {\n    partnerships(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n        referencePrefix\n        area\n        parentNetwork\n      }\n    }\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n      }\n    }\n  }\n":
    types.PortalPlatformAdminDocument,
  "\n  mutation PortalCreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n":
    types.PortalCreatePartnershipDocument,
  "\n  mutation PortalCreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n":
    types.PortalCreateNetworkDocument,
  "\n  query PortalSuppliers($filter: SupplierFilter, $first: Int!, $after: String) {\n    suppliers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        companyNumber\n        sector\n        highRiskSector\n        statementCheck {\n          status\n          score\n        }\n        risk {\n          rating\n          points\n        }\n      }\n    }\n  }\n":
    types.PortalSuppliersDocument,
  "\n  mutation PortalRecordConcern($input: RecordConcernInput!) {\n    recordConcern(input: $input) {\n      id\n      reference\n    }\n  }\n":
    types.PortalRecordConcernDocument,
  "\n  mutation PortalRecordVisit($concernId: ID!, $input: RecordVisitInput!) {\n    recordVisit(concernId: $concernId, input: $input) {\n      id\n    }\n  }\n":
    types.PortalRecordVisitDocument,
  "\n  query PortalSubjectRequests($status: SubjectRequestStatus) {\n    today\n    actingPartnership {\n      id\n      members {\n        id\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    subjectRequests(first: 100, status: $status) {\n      totalCount\n      nodes {\n        id\n        kind\n        subject\n        receivedOn\n        dueOn\n        extensionMonths\n        status\n        completedOn\n        daysLeft\n        overdue\n        madeTo {\n          shortName\n        }\n      }\n    }\n  }\n":
    types.PortalSubjectRequestsDocument,
  "\n  mutation PortalRecordSubjectRequest($input: RecordSubjectRequestInput!) {\n    recordSubjectRequest(input: $input) {\n      id\n      subject\n      dueOn\n    }\n  }\n":
    types.PortalRecordSubjectRequestDocument,
  "\n  query PortalSupplier($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      companyNumber\n      sector\n      turnoverBand\n      financialYearEnd\n      website\n      location\n      highRiskSector\n      workforceTraits\n      commodities\n      risk {\n        rating\n        points\n        includesIntelligence\n        factors {\n          factor\n          points\n          reason\n        }\n        commercialScope\n        commercialFactors {\n          factor\n          points\n          reason\n        }\n        ratingWithCommercial\n        pointsWithCommercial\n      }\n      statements {\n        id\n        periodStart\n        periodEnd\n        url\n        publishedOn\n        approvedOn\n        signedByDirector\n        linkedFromHomePage\n        submittedToRegistry\n        areas\n        source\n      }\n    }\n  }\n":
    types.PortalSupplierDocument,
  "\n  query PortalStatementCheck($id: ID!) {\n    supplier(id: $id) {\n      id\n      statementCheck {\n        required\n        status\n        score\n        checkedOn\n        checkedPeriodEnd\n        nextDueDate\n        findings {\n          code\n          level\n          reason\n          penalty\n        }\n      }\n      riskIncludingIntelligence {\n        rating\n        points\n        includesIntelligence\n      }\n      intelligenceSignals {\n        concerns\n        visits\n        interventions\n        lastConcernOn\n      }\n    }\n  }\n":
    types.PortalStatementCheckDocument,
  "\n  query PortalTrainingSession($id: ID!) {\n    trainingSession(id: $id) {\n      id\n      startsAt\n      venue\n      trainer\n      capacity\n      status\n      cancelledAt\n      cancellationReason\n      course {\n        title\n        level\n      }\n      attendance {\n        id\n        status\n        delegateName\n        delegateEmail\n        certificateNumber\n        expiresOn\n        agency {\n          id\n          shortName\n        }\n      }\n    }\n  }\n":
    types.PortalTrainingSessionDocument,
  "\n  mutation PortalRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      status\n    }\n  }\n":
    types.PortalRecordAttendanceDocument,
  "\n  query PortalTraining($first: Int!, $after: String, $filter: SessionFilter, $withinDays: Int!) {\n    courses(first: 50) {\n      nodes {\n        id\n        title\n        level\n        format\n        durationMinutes\n        validityMonths\n        provider {\n          shortName\n        }\n      }\n    }\n    trainingSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        startsAt\n        venue\n        trainer\n        capacity\n        status\n        course {\n          title\n        }\n      }\n    }\n    certificatesDueForRefresh(first: 50, withinDays: $withinDays) {\n      totalCount\n      nodes {\n        id\n        expiresOn\n        delegateName\n        certificateNumber\n        agency {\n          shortName\n        }\n        course {\n          title\n        }\n      }\n    }\n  }\n":
    types.PortalTrainingDocument,
  "\n  mutation PortalImportCompletions($input: ImportCompletionsInput!) {\n    importCompletions(input: $input) {\n      committed\n      imported\n      duplicates\n      rejected\n      rows {\n        row\n        outcome\n        column\n        reason\n      }\n    }\n  }\n":
    types.PortalImportCompletionsDocument,
  "\n  mutation PortalScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      id\n    }\n  }\n":
    types.PortalScheduleSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      id\n      name\n      firstResponder\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      id\n      name\n      firstResponder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalDefineArea($input: DefineAreaInput!) {\n    defineArea(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalDefineArea($input: DefineAreaInput!) {\n    defineArea(input: $input) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalImportDirectory($input: ImportDirectoryInput!) {\n    importDirectory(input: $input) {\n      committed\n      imported\n      duplicates\n      rejected\n      rolesGiven\n      rows {\n        row\n        outcome\n        column\n        reason\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalImportDirectory($input: ImportDirectoryInput!) {\n    importDirectory(input: $input) {\n      committed\n      imported\n      duplicates\n      rejected\n      rolesGiven\n      rows {\n        row\n        outcome\n        column\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRegisterMachineClient($input: RegisterMachineClientInput!) {\n    registerMachineClient(input: $input) {\n      id\n      name\n      clientId\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRegisterMachineClient($input: RegisterMachineClientInput!) {\n    registerMachineClient(input: $input) {\n      id\n      name\n      clientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRevokeMachineClient($id: ID!) {\n    revokeMachineClient(id: $id) {\n      id\n      name\n      active\n      revokedAt\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRevokeMachineClient($id: ID!) {\n    revokeMachineClient(id: $id) {\n      id\n      name\n      active\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalAddPartnershipMember($input: AddPartnershipMemberInput!) {\n    addPartnershipMember(input: $input) {\n      id\n      role\n      since\n      agency {\n        shortName\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalAddPartnershipMember($input: AddPartnershipMemberInput!) {\n    addPartnershipMember(input: $input) {\n      id\n      role\n      since\n      agency {\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalEndPartnershipMembership($input: EndPartnershipMembershipInput!) {\n    endPartnershipMembership(input: $input) {\n      id\n      until\n      agency {\n        shortName\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalEndPartnershipMembership($input: EndPartnershipMembershipInput!) {\n    endPartnershipMembership(input: $input) {\n      id\n      until\n      agency {\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalDirectoryPeople($search: String) {\n    people(first: 20, filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        jobTitle\n        agency {\n          shortName\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalDirectoryPeople($search: String) {\n    people(first: 20, filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        jobTitle\n        agency {\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalGrantPartnershipRole($input: GrantPartnershipRoleInput!) {\n    grantPartnershipRole(input: $input) {\n      id\n      agencyId\n      userId\n      role\n      grantedOn\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalGrantPartnershipRole($input: GrantPartnershipRoleInput!) {\n    grantPartnershipRole(input: $input) {\n      id\n      agencyId\n      userId\n      role\n      grantedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRevokePartnershipRole($id: ID!) {\n    revokePartnershipRole(id: $id) {\n      id\n      userId\n      role\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRevokePartnershipRole($id: ID!) {\n    revokePartnershipRole(id: $id) {\n      id\n      userId\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalExtendSubjectRequest($input: ExtendSubjectRequestInput!) {\n    extendSubjectRequest(input: $input) {\n      id\n      dueOn\n      extensionMonths\n      extensionReason\n      daysLeft\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalExtendSubjectRequest($input: ExtendSubjectRequestInput!) {\n    extendSubjectRequest(input: $input) {\n      id\n      dueOn\n      extensionMonths\n      extensionReason\n      daysLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCompleteSubjectRequest($input: CompleteSubjectRequestInput!) {\n    completeSubjectRequest(input: $input) {\n      id\n      status\n      completedOn\n      outcome\n      daysLeft\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCompleteSubjectRequest($input: CompleteSubjectRequestInput!) {\n    completeSubjectRequest(input: $input) {\n      id\n      status\n      completedOn\n      outcome\n      daysLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRegisterWebhook($input: RegisterWebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      id\n      secret\n      webhook {\n        id\n        url\n        secretRotatedAt\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      id\n      secret\n      webhook {\n        id\n        url\n        secretRotatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalDisableWebhook($id: ID!) {\n    disableWebhook(id: $id) {\n      id\n      url\n      active\n      disabledAt\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalDisableWebhook($id: ID!) {\n    disableWebhook(id: $id) {\n      id\n      url\n      active\n      disabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalAuditConcernIds($reference: String!) {\n    concerns(first: 100, filter: { reference: $reference }) {\n      nodes {\n        id\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalAuditConcernIds($reference: String!) {\n    concerns(first: 100, filter: { reference: $reference }) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalAuditConcernReferences($ids: [ID!]!) {\n    concerns(first: 100, filter: { ids: $ids }) {\n      nodes {\n        id\n        reference\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalAuditConcernReferences($ids: [ID!]!) {\n    concerns(first: 100, filter: { ids: $ids }) {\n      nodes {\n        id\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalAuditAgreements {\n    sharingAgreements(first: 50) {\n      nodes {\n        id\n        reference\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalAuditAgreements {\n    sharingAgreements(first: 50) {\n      nodes {\n        id\n        reference\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalPersonRecord($concernId: ID!) {\n    concern(id: $concernId) {\n      id\n      version\n      potentialVictims {\n        id\n        fullName\n        aliases\n        dateOfBirth\n        phone\n        currentAddress\n        nationality\n        gender\n        ageGroup\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalPersonRecord($concernId: ID!) {\n    concern(id: $concernId) {\n      id\n      version\n      potentialVictims {\n        id\n        fullName\n        aliases\n        dateOfBirth\n        phone\n        currentAddress\n        nationality\n        gender\n        ageGroup\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCorrectPotentialVictim($input: CorrectPotentialVictimInput!) {\n    correctPotentialVictim(input: $input) {\n      id\n      fullName\n      aliases\n      dateOfBirth\n      phone\n      currentAddress\n      nationality\n      gender\n      ageGroup\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCorrectPotentialVictim($input: CorrectPotentialVictimInput!) {\n    correctPotentialVictim(input: $input) {\n      id\n      fullName\n      aliases\n      dateOfBirth\n      phone\n      currentAddress\n      nationality\n      gender\n      ageGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordDutyToNotify($victimId: ID!, $input: DutyToNotifyInput!) {\n    recordDutyToNotify(victimId: $victimId, input: $input) {\n      id\n      reportedOn\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordDutyToNotify($victimId: ID!, $input: DutyToNotifyInput!) {\n    recordDutyToNotify(victimId: $victimId, input: $input) {\n      id\n      reportedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalErasePotentialVictim($input: ErasePotentialVictimInput!) {\n    erasePotentialVictim(input: $input) {\n      id\n      personId\n      erased\n      kept {\n        what\n        basis\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalErasePotentialVictim($input: ErasePotentialVictimInput!) {\n    erasePotentialVictim(input: $input) {\n      id\n      personId\n      erased\n      kept {\n        what\n        basis\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalLegalHolds($id: ID!) {\n    concern(id: $id) {\n      id\n      legalHolds {\n        id\n        kind\n        reason\n        until\n        active\n        placedAt\n        releasedAt\n        releaseReason\n        placedByAgency {\n          id\n          shortName\n        }\n        releasedByAgency {\n          id\n          shortName\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalLegalHolds($id: ID!) {\n    concern(id: $id) {\n      id\n      legalHolds {\n        id\n        kind\n        reason\n        until\n        active\n        placedAt\n        releasedAt\n        releaseReason\n        placedByAgency {\n          id\n          shortName\n        }\n        releasedByAgency {\n          id\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalPlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      id\n      active\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalPlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalReleaseLegalHold($input: ReleaseLegalHoldInput!) {\n    releaseLegalHold(input: $input) {\n      id\n      active\n      releasedAt\n      releaseReason\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalReleaseLegalHold($input: ReleaseLegalHoldInput!) {\n    releaseLegalHold(input: $input) {\n      id\n      active\n      releasedAt\n      releaseReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordNrmDecision($referralId: ID!, $input: NrmDecisionInput!) {\n    recordNrmDecision(referralId: $referralId, input: $input) {\n      id\n      reasonableGrounds\n      reasonableGroundsOn\n      conclusiveGrounds\n      conclusiveGroundsOn\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordNrmDecision($referralId: ID!, $input: NrmDecisionInput!) {\n    recordNrmDecision(referralId: $referralId, input: $input) {\n      id\n      reasonableGrounds\n      reasonableGroundsOn\n      conclusiveGrounds\n      conclusiveGroundsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalReferToNrm($victimId: ID!, $input: NrmReferralInput!) {\n    referToNrm(victimId: $victimId, input: $input) {\n      id\n      referredOn\n      consentGiven\n      minor\n      reasonableGrounds\n      conclusiveGrounds\n      potentialVictim {\n        id\n        outcome\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalReferToNrm($victimId: ID!, $input: NrmReferralInput!) {\n    referToNrm(victimId: $victimId, input: $input) {\n      id\n      referredOn\n      consentGiven\n      minor\n      reasonableGrounds\n      conclusiveGrounds\n      potentialVictim {\n        id\n        outcome\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalAgencyStaff($agencyId: ID!) {\n    people(first: 100, filter: { agencyId: $agencyId }) {\n      nodes {\n        id\n        name\n        email\n        jobTitle\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalAgencyStaff($agencyId: ID!) {\n    people(first: 100, filter: { agencyId: $agencyId }) {\n      nodes {\n        id\n        name\n        email\n        jobTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalConcernOffenders($id: ID!) {\n    concern(id: $id) {\n      id\n      offenders {\n        id\n        fullName\n        dateOfBirth\n        role\n        arrestedOn\n        charge\n      }\n      orders {\n        id\n        kind\n        subject\n        grantedOn\n        expiresOn\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalConcernOffenders($id: ID!) {\n    concern(id: $id) {\n      id\n      offenders {\n        id\n        fullName\n        dateOfBirth\n        role\n        arrestedOn\n        charge\n      }\n      orders {\n        id\n        kind\n        subject\n        grantedOn\n        expiresOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordOffender($concernId: ID!, $input: OffenderInput!) {\n    recordOffender(concernId: $concernId, input: $input) {\n      id\n      fullName\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordOffender($concernId: ID!, $input: OffenderInput!) {\n    recordOffender(concernId: $concernId, input: $input) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordOrder($concernId: ID!, $input: OrderInput!) {\n    recordOrder(concernId: $concernId, input: $input) {\n      id\n      kind\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordOrder($concernId: ID!, $input: OrderInput!) {\n    recordOrder(concernId: $concernId, input: $input) {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalScreenPerson($concernId: ID!, $input: ScreenPersonInput!) {\n    screenPerson(concernId: $concernId, input: $input) {\n      id\n      screenedOn\n      outcome\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalScreenPerson($concernId: ID!, $input: ScreenPersonInput!) {\n    screenPerson(concernId: $concernId, input: $input) {\n      id\n      screenedOn\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalSuspendAgreement($input: SuspendSharingAgreementInput!) {\n    suspendSharingAgreement(input: $input) {\n      id\n      status\n      suspendedReason\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalSuspendAgreement($input: SuspendSharingAgreementInput!) {\n    suspendSharingAgreement(input: $input) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalReactivateAgreement($input: ReactivateSharingAgreementInput!) {\n    reactivateSharingAgreement(input: $input) {\n      id\n      status\n      suspendedReason\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalReactivateAgreement($input: ReactivateSharingAgreementInput!) {\n    reactivateSharingAgreement(input: $input) {\n      id\n      status\n      suspendedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCreatePlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCreatePlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalMemberAgencies {\n    actingPartnership {\n      id\n      members {\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalMemberAgencies {\n    actingPartnership {\n      id\n      members {\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCompleteMilestone($input: CompleteMilestoneInput!) {\n    completeActionMilestone(input: $input) {\n      id\n      doneOn\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCompleteMilestone($input: CompleteMilestoneInput!) {\n    completeActionMilestone(input: $input) {\n      id\n      doneOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalAddObjective($input: AddObjectiveInput!) {\n    addPlanObjective(input: $input) {\n      id\n      number\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalAddObjective($input: AddObjectiveInput!) {\n    addPlanObjective(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalAddKpi($input: AddKpiInput!) {\n    addPlanKpi(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalAddKpi($input: AddKpiInput!) {\n    addPlanKpi(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalAddAction($input: AddActionInput!) {\n    addPlanAction(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalAddAction($input: AddActionInput!) {\n    addPlanAction(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalAddMilestone($input: AddMilestoneInput!) {\n    addActionMilestone(input: $input) {\n      id\n      position\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalAddMilestone($input: AddMilestoneInput!) {\n    addActionMilestone(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalSupplierAssurance($id: ID!) {\n    supplier(id: $id) {\n      id\n      assessments {\n        id\n        agencyId\n        assessedOn\n        score\n        outcome\n        notes\n      }\n      audits {\n        id\n        agencyId\n        kind\n        auditedOn\n        auditor\n        findings {\n          id\n          severity\n          description\n          open\n          actions {\n            id\n            description\n            dueOn\n            status\n            completedOn\n            overdue\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalSupplierAssurance($id: ID!) {\n    supplier(id: $id) {\n      id\n      assessments {\n        id\n        agencyId\n        assessedOn\n        score\n        outcome\n        notes\n      }\n      audits {\n        id\n        agencyId\n        kind\n        auditedOn\n        auditor\n        findings {\n          id\n          severity\n          description\n          open\n          actions {\n            id\n            description\n            dueOn\n            status\n            completedOn\n            overdue\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordAudit($input: RecordAuditInput!) {\n    recordAudit(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordAudit($input: RecordAuditInput!) {\n    recordAudit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalSupplierContracts($supplierId: ID!) {\n    contracts(filter: { supplierId: $supplierId }, first: 50) {\n      totalCount\n      nodes {\n        id\n        reference\n        department\n        category\n        value\n        startDate\n        endDate\n        modernSlaveryClause\n        codeOfConduct\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalSupplierContracts($supplierId: ID!) {\n    contracts(filter: { supplierId: $supplierId }, first: 50) {\n      totalCount\n      nodes {\n        id\n        reference\n        department\n        category\n        value\n        startDate\n        endDate\n        modernSlaveryClause\n        codeOfConduct\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      reference\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalUpdateCorrectiveAction($input: UpdateCorrectiveActionInput!) {\n    updateCorrectiveAction(input: $input) {\n      id\n      status\n      completedOn\n      overdue\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalUpdateCorrectiveAction($input: UpdateCorrectiveActionInput!) {\n    updateCorrectiveAction(input: $input) {\n      id\n      status\n      completedOn\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalImportRegistry($csv: String!) {\n    importRegistryStatements(csv: $csv) {\n      rowsRead\n      matched\n      created\n      updated\n      unchanged\n      unmatched\n      rejected\n      changes {\n        line\n        companyNumber\n        supplierName\n        action\n        changedFields\n      }\n      unmatchedRows {\n        line\n        companyNumber\n        organisationName\n      }\n      rejections {\n        line\n        companyNumber\n        reason\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalImportRegistry($csv: String!) {\n    importRegistryStatements(csv: $csv) {\n      rowsRead\n      matched\n      created\n      updated\n      unchanged\n      unmatched\n      rejected\n      changes {\n        line\n        companyNumber\n        supplierName\n        action\n        changedFields\n      }\n      unmatchedRows {\n        line\n        companyNumber\n        organisationName\n      }\n      rejections {\n        line\n        companyNumber\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordStatement($input: RecordStatementInput!) {\n    recordStatement(input: $input) {\n      id\n      periodEnd\n      source\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordStatement($input: RecordStatementInput!) {\n    recordStatement(input: $input) {\n      id\n      periodEnd\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCreateSupplier($input: CreateSupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      name\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCreateSupplier($input: CreateSupplierInput!) {\n    createSupplier(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalUpdateSupplier($input: UpdateSupplierInput!) {\n    updateSupplier(input: $input) {\n      id\n      name\n      sector\n      turnoverBand\n      financialYearEnd\n      website\n      location\n      workforceTraits\n      commodities\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalUpdateSupplier($input: UpdateSupplierInput!) {\n    updateSupplier(input: $input) {\n      id\n      name\n      sector\n      turnoverBand\n      financialYearEnd\n      website\n      location\n      workforceTraits\n      commodities\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      id\n      status\n      cancelledAt\n      cancellationReason\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCancelSession($input: CancelSessionInput!) {\n    cancelSession(input: $input) {\n      id\n      status\n      cancelledAt\n      cancellationReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      id\n      title\n      level\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCreateCourse($input: CreateCourseInput!) {\n    createCourse(input: $input) {\n      id\n      title\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalDirectoryLookup($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        agency {\n          id\n          shortName\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalDirectoryLookup($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        agency {\n          id\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalFirstResponders($first: Int!, $after: String, $expiredWithinDays: Int!) {\n    firstResponderQualifications(first: $first, after: $after, expiredWithinDays: $expiredWithinDays) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        delegateName\n        expiresOn\n        expired\n        agency {\n          shortName\n        }\n        course {\n          title\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalFirstResponders($first: Int!, $after: String, $expiredWithinDays: Int!) {\n    firstResponderQualifications(first: $first, after: $after, expiredWithinDays: $expiredWithinDays) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        delegateName\n        expiresOn\n        expired\n        agency {\n          shortName\n        }\n        course {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalAreas {\n    areas(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalAreas {\n    areas(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalAgreementsInForce {\n    sharingAgreements(first: 100, filter: { status: ACTIVE }) {\n      nodes {\n        id\n        reference\n        title\n        inForce\n        parties {\n          id\n          agency {\n            id\n          }\n        }\n        grants {\n          id\n          categories\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalAgreementsInForce {\n    sharingAgreements(first: 100, filter: { status: ACTIVE }) {\n      nodes {\n        id\n        reference\n        title\n        inForce\n        parties {\n          id\n          agency {\n            id\n          }\n        }\n        grants {\n          id\n          categories\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalGrantedCategories {\n    grantedCategories\n  }\n",
): (typeof documents)["\n  query PortalGrantedCategories {\n    grantedCategories\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalAgencies {\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n        sector\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalAgencies {\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n        sector\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalActingPartnership {\n    actingPartnership {\n      id\n      name\n    }\n  }\n",
): (typeof documents)["\n  query PortalActingPartnership {\n    actingPartnership {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalToday {\n    today\n  }\n",
): (typeof documents)["\n  query PortalToday {\n    today\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalRecordOfProcessing {\n    recordOfProcessing {\n      partnership {\n        id\n        name\n      }\n      asOf\n      attentionDays\n      categories {\n        category\n        description\n        shared\n        controllerSectors\n        classifiedFields\n        purposes\n        lawfulBases\n        parties {\n          id\n          shortName\n        }\n        recipientAgencies {\n          id\n          shortName\n        }\n        recipientSectors\n        retention {\n          summary\n          agreement {\n            id\n            reference\n          }\n        }\n        agreements {\n          id\n          reference\n          title\n          endDate\n        }\n      }\n      dueForReview {\n        agreement {\n          id\n          reference\n          title\n        }\n        date\n        daysLeft\n      }\n      expiringSoon {\n        agreement {\n          id\n          reference\n          title\n        }\n        date\n        daysLeft\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalRecordOfProcessing {\n    recordOfProcessing {\n      partnership {\n        id\n        name\n      }\n      asOf\n      attentionDays\n      categories {\n        category\n        description\n        shared\n        controllerSectors\n        classifiedFields\n        purposes\n        lawfulBases\n        parties {\n          id\n          shortName\n        }\n        recipientAgencies {\n          id\n          shortName\n        }\n        recipientSectors\n        retention {\n          summary\n          agreement {\n            id\n            reference\n          }\n        }\n        agreements {\n          id\n          reference\n          title\n          endDate\n        }\n      }\n      dueForReview {\n        agreement {\n          id\n          reference\n          title\n        }\n        date\n        daysLeft\n      }\n      expiringSoon {\n        agreement {\n          id\n          reference\n          title\n        }\n        date\n        daysLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalActionPlan($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      title\n      startsOn\n      endsOn\n      ragSummary {\n        rag\n        count\n      }\n      kpis {\n        id\n        name\n        target\n        unit\n      }\n      objectives {\n        id\n        number\n        theme\n        title\n        kpis {\n          id\n          name\n          target\n          unit\n        }\n        actions {\n          id\n          title\n          deliveryDate\n          rag\n          leadAgencies {\n            shortName\n          }\n          milestones {\n            id\n            position\n            title\n            dueOn\n            doneOn\n          }\n          updates {\n            id\n            reportedOn\n            rag\n            note\n            completionReason\n            reporterAgency {\n              shortName\n            }\n          }\n        }\n      }\n    }\n    overdueActions(planId: $id) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  query PortalActionPlan($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      title\n      startsOn\n      endsOn\n      ragSummary {\n        rag\n        count\n      }\n      kpis {\n        id\n        name\n        target\n        unit\n      }\n      objectives {\n        id\n        number\n        theme\n        title\n        kpis {\n          id\n          name\n          target\n          unit\n        }\n        actions {\n          id\n          title\n          deliveryDate\n          rag\n          leadAgencies {\n            shortName\n          }\n          milestones {\n            id\n            position\n            title\n            dueOn\n            doneOn\n          }\n          updates {\n            id\n            reportedOn\n            rag\n            note\n            completionReason\n            reporterAgency {\n              shortName\n            }\n          }\n        }\n      }\n    }\n    overdueActions(planId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordProgress($input: RecordProgressInput!) {\n    recordActionProgress(input: $input) {\n      id\n      rag\n      note\n      completionReason\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordProgress($input: RecordProgressInput!) {\n    recordActionProgress(input: $input) {\n      id\n      rag\n      note\n      completionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCreateAgreement($input: CreateSharingAgreementInput!) {\n    createSharingAgreement(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCreateAgreement($input: CreateSharingAgreementInput!) {\n    createSharingAgreement(input: $input) {\n      id\n      reference\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalAgreement($id: ID!) {\n    sharingAgreement(id: $id) {\n      id\n      reference\n      title\n      purpose\n      lawfulBasis\n      startDate\n      endDate\n      reviewDate\n      status\n      inForce\n      suspendedReason\n      parties {\n        id\n        signedAt\n        signedBy\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n      grants {\n        id\n        recipientSector\n        recipientAgency {\n          name\n        }\n        categories\n      }\n      retention {\n        category\n        summary\n      }\n      history {\n        id\n        action\n        actingAs\n        reason\n        at\n        agency {\n          shortName\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalAgreement($id: ID!) {\n    sharingAgreement(id: $id) {\n      id\n      reference\n      title\n      purpose\n      lawfulBasis\n      startDate\n      endDate\n      reviewDate\n      status\n      inForce\n      suspendedReason\n      parties {\n        id\n        signedAt\n        signedBy\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n      grants {\n        id\n        recipientSector\n        recipientAgency {\n          name\n        }\n        categories\n      }\n      retention {\n        category\n        summary\n      }\n      history {\n        id\n        action\n        actingAs\n        reason\n        at\n        agency {\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalSignAgreement($input: SignSharingAgreementInput!) {\n    signSharingAgreement(input: $input) {\n      id\n      status\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalSignAgreement($input: SignSharingAgreementInput!) {\n    signSharingAgreement(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalAnnualReport($id: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate!) {\n    partnership(id: $id) {\n      id\n      name\n      area\n      caseStatistics(from: $from, to: $to) {\n        concerns {\n          count\n          suppressed\n        }\n        peopleScreened {\n          count\n          suppressed\n        }\n        visits {\n          count\n          suppressed\n        }\n        interventions {\n          count\n          suppressed\n        }\n        nrmReferrals {\n          count\n          suppressed\n        }\n        dutyToNotifyReports {\n          count\n          suppressed\n        }\n        concernsByArea {\n          area {\n            id\n            name\n          }\n          count\n          suppressed\n        }\n        concernsByLocationType {\n          key\n          count\n          suppressed\n        }\n        peopleScreenedByGender {\n          key\n          count\n          suppressed\n        }\n        peopleScreenedByNationality {\n          key\n          count\n          suppressed\n        }\n        interventionsByType {\n          key\n          count\n          suppressed\n        }\n      }\n      trainingStatistics(from: $from, to: $asOf) {\n        peopleTrainedByLevel {\n          level\n          count\n        }\n        qualifiedFirstResponders\n      }\n      procurementStatistics(asOf: $asOf) {\n        asOf\n        suppliersByStatementStatus {\n          key\n          count\n        }\n        contractsWithoutClause\n        highRiskWithoutAudit\n      }\n      actionPlanSummary(asOf: $asOf) {\n        asOf\n        plan {\n          title\n        }\n        rag {\n          rag\n          count\n        }\n        overdue {\n          id\n          title\n          deliveryDate\n        }\n      }\n      meetingAttendance(from: $from, to: $to) {\n        agency {\n          id\n          shortName\n        }\n        meetings\n        rate\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalAnnualReport($id: ID!, $from: LocalDate!, $to: LocalDate!, $asOf: LocalDate!) {\n    partnership(id: $id) {\n      id\n      name\n      area\n      caseStatistics(from: $from, to: $to) {\n        concerns {\n          count\n          suppressed\n        }\n        peopleScreened {\n          count\n          suppressed\n        }\n        visits {\n          count\n          suppressed\n        }\n        interventions {\n          count\n          suppressed\n        }\n        nrmReferrals {\n          count\n          suppressed\n        }\n        dutyToNotifyReports {\n          count\n          suppressed\n        }\n        concernsByArea {\n          area {\n            id\n            name\n          }\n          count\n          suppressed\n        }\n        concernsByLocationType {\n          key\n          count\n          suppressed\n        }\n        peopleScreenedByGender {\n          key\n          count\n          suppressed\n        }\n        peopleScreenedByNationality {\n          key\n          count\n          suppressed\n        }\n        interventionsByType {\n          key\n          count\n          suppressed\n        }\n      }\n      trainingStatistics(from: $from, to: $asOf) {\n        peopleTrainedByLevel {\n          level\n          count\n        }\n        qualifiedFirstResponders\n      }\n      procurementStatistics(asOf: $asOf) {\n        asOf\n        suppliersByStatementStatus {\n          key\n          count\n        }\n        contractsWithoutClause\n        highRiskWithoutAudit\n      }\n      actionPlanSummary(asOf: $asOf) {\n        asOf\n        plan {\n          title\n        }\n        rag {\n          rag\n          count\n        }\n        overdue {\n          id\n          title\n          deliveryDate\n        }\n      }\n      meetingAttendance(from: $from, to: $to) {\n        agency {\n          id\n          shortName\n        }\n        meetings\n        rate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalConcern($id: ID!) {\n    concern(id: $id) {\n      id\n      reference\n      version\n      receivedOn\n      source\n      status\n      responseLevel\n      exploitationTypes\n      intelligenceSummary\n      crimeReference\n      outcome\n      closedOn\n      takingPart\n      referringAgency {\n        id\n        shortName\n      }\n      leadAgency {\n        id\n        shortName\n        name\n      }\n      participatingAgencies {\n        id\n        shortName\n      }\n      location {\n        id\n        type\n        area {\n          id\n          name\n        }\n        ward\n        address\n        postcode\n        businessName\n      }\n      peopleScreenedCount\n      potentialVictims {\n        id\n        screenedOn\n        ageGroup\n        gender\n        nationality\n        fullName\n        outcome\n        nrmReferral {\n          id\n          referredOn\n          reasonableGrounds\n          conclusiveGrounds\n          referringAgency {\n            shortName\n          }\n        }\n        dutyToNotify {\n          id\n          reportedOn\n          reportingAgency {\n            shortName\n          }\n        }\n      }\n      visits {\n        id\n        visitedOn\n        notes\n        agenciesPresent {\n          id\n          shortName\n        }\n        interventions {\n          id\n          type\n          outcome\n          agency {\n            shortName\n          }\n        }\n      }\n      offenders {\n        id\n        fullName\n        role\n        arrestedOn\n        charge\n      }\n      history {\n        version\n        changedAt\n        changedBy\n        changedByAgency {\n          id\n          shortName\n        }\n        reason\n        changes {\n          field\n          category\n          newValue\n          restricted\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalConcern($id: ID!) {\n    concern(id: $id) {\n      id\n      reference\n      version\n      receivedOn\n      source\n      status\n      responseLevel\n      exploitationTypes\n      intelligenceSummary\n      crimeReference\n      outcome\n      closedOn\n      takingPart\n      referringAgency {\n        id\n        shortName\n      }\n      leadAgency {\n        id\n        shortName\n        name\n      }\n      participatingAgencies {\n        id\n        shortName\n      }\n      location {\n        id\n        type\n        area {\n          id\n          name\n        }\n        ward\n        address\n        postcode\n        businessName\n      }\n      peopleScreenedCount\n      potentialVictims {\n        id\n        screenedOn\n        ageGroup\n        gender\n        nationality\n        fullName\n        outcome\n        nrmReferral {\n          id\n          referredOn\n          reasonableGrounds\n          conclusiveGrounds\n          referringAgency {\n            shortName\n          }\n        }\n        dutyToNotify {\n          id\n          reportedOn\n          reportingAgency {\n            shortName\n          }\n        }\n      }\n      visits {\n        id\n        visitedOn\n        notes\n        agenciesPresent {\n          id\n          shortName\n        }\n        interventions {\n          id\n          type\n          outcome\n          agency {\n            shortName\n          }\n        }\n      }\n      offenders {\n        id\n        fullName\n        role\n        arrestedOn\n        charge\n      }\n      history {\n        version\n        changedAt\n        changedBy\n        changedByAgency {\n          id\n          shortName\n        }\n        reason\n        changes {\n          field\n          category\n          newValue\n          restricted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalConcerns($filter: ConcernFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    concerns(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        receivedOn\n        status\n        exploitationTypes\n        takingPart\n        location {\n          type\n          area {\n            id\n            name\n          }\n          supplier {\n            name\n            statementCheck {\n              status\n            }\n          }\n        }\n        leadAgency {\n          shortName\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalConcerns($filter: ConcernFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    concerns(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        receivedOn\n        status\n        exploitationTypes\n        takingPart\n        location {\n          type\n          area {\n            id\n            name\n          }\n          supplier {\n            name\n            statementCheck {\n              status\n            }\n          }\n        }\n        leadAgency {\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalChangeConcernStatus($id: ID!, $version: Int!, $input: ChangeConcernStatusInput!) {\n    changeConcernStatus(id: $id, version: $version, input: $input) {\n      id\n      status\n      version\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalChangeConcernStatus($id: ID!, $version: Int!, $input: ChangeConcernStatusInput!) {\n    changeConcernStatus(id: $id, version: $version, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalDashboard($from: LocalDate!, $to: LocalDate!) {\n    caseStatistics(from: $from, to: $to) {\n      concerns {\n        count\n        suppressed\n      }\n      peopleScreened {\n        count\n        suppressed\n      }\n      visits {\n        count\n        suppressed\n      }\n      interventions {\n        count\n        suppressed\n      }\n      nrmReferrals {\n        count\n        suppressed\n      }\n      concernsByQuarter {\n        key\n        count\n        suppressed\n      }\n      concernsByArea {\n        area {\n          id\n          name\n        }\n        count\n        suppressed\n      }\n      concernsByLocationType {\n        key\n        count\n        suppressed\n      }\n      concernsByExploitationType {\n        key\n        count\n        suppressed\n      }\n      peopleScreenedByNationality {\n        key\n        count\n        suppressed\n      }\n      peopleScreenedByGender {\n        key\n        count\n        suppressed\n      }\n    }\n    trainingStatistics(from: $from, to: $to) {\n      peopleTrainedByLevel {\n        level\n        count\n      }\n      qualifiedFirstResponders\n    }\n    procurementStatistics {\n      suppliersByStatementStatus {\n        key\n        count\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalDashboard($from: LocalDate!, $to: LocalDate!) {\n    caseStatistics(from: $from, to: $to) {\n      concerns {\n        count\n        suppressed\n      }\n      peopleScreened {\n        count\n        suppressed\n      }\n      visits {\n        count\n        suppressed\n      }\n      interventions {\n        count\n        suppressed\n      }\n      nrmReferrals {\n        count\n        suppressed\n      }\n      concernsByQuarter {\n        key\n        count\n        suppressed\n      }\n      concernsByArea {\n        area {\n          id\n          name\n        }\n        count\n        suppressed\n      }\n      concernsByLocationType {\n        key\n        count\n        suppressed\n      }\n      concernsByExploitationType {\n        key\n        count\n        suppressed\n      }\n      peopleScreenedByNationality {\n        key\n        count\n        suppressed\n      }\n      peopleScreenedByGender {\n        key\n        count\n        suppressed\n      }\n    }\n    trainingStatistics(from: $from, to: $to) {\n      peopleTrainedByLevel {\n        level\n        count\n      }\n      qualifiedFirstResponders\n    }\n    procurementStatistics {\n      suppliersByStatementStatus {\n        key\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalUpdateConcern($id: ID!, $version: Int!, $input: UpdateConcernInput!) {\n    updateConcern(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalUpdateConcern($id: ID!, $version: Int!, $input: UpdateConcernInput!) {\n    updateConcern(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalActionPlans($partnershipId: ID!) {\n    actionPlans(first: 5, partnershipId: $partnershipId) {\n      nodes {\n        id\n        title\n        startsOn\n        endsOn\n        ragSummary {\n          rag\n          count\n        }\n        objectives {\n          id\n          number\n          theme\n          title\n          actions {\n            id\n            title\n            deliveryDate\n            rag\n            leadAgencies {\n              shortName\n            }\n            milestones {\n              id\n              title\n              doneOn\n            }\n          }\n        }\n      }\n    }\n    overdueActions {\n      id\n    }\n  }\n",
): (typeof documents)["\n  query PortalActionPlans($partnershipId: ID!) {\n    actionPlans(first: 5, partnershipId: $partnershipId) {\n      nodes {\n        id\n        title\n        startsOn\n        endsOn\n        ragSummary {\n          rag\n          count\n        }\n        objectives {\n          id\n          number\n          theme\n          title\n          actions {\n            id\n            title\n            deliveryDate\n            rag\n            leadAgencies {\n              shortName\n            }\n            milestones {\n              id\n              title\n              doneOn\n            }\n          }\n        }\n      }\n    }\n    overdueActions {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalAgreements {\n    sharingAgreements(first: 50) {\n      nodes {\n        id\n        reference\n        title\n        status\n        inForce\n        startDate\n        endDate\n        suspendedReason\n        parties {\n          id\n          signedAt\n          signedBy\n          agency {\n            id\n            shortName\n          }\n        }\n        grants {\n          id\n          recipientSector\n          recipientAgency {\n            shortName\n          }\n          categories\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalAgreements {\n    sharingAgreements(first: 50) {\n      nodes {\n        id\n        reference\n        title\n        status\n        inForce\n        startDate\n        endDate\n        suspendedReason\n        parties {\n          id\n          signedAt\n          signedBy\n          agency {\n            id\n            shortName\n          }\n        }\n        grants {\n          id\n          recipientSector\n          recipientAgency {\n            shortName\n          }\n          categories\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment PortalAuditPage on AuditEventConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      id\n      at\n      userId\n      agencyId\n      entityType\n      entityId\n      field\n      category\n      agreementId\n      operation\n      outcome\n    }\n  }\n",
): (typeof documents)["\n  fragment PortalAuditPage on AuditEventConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      id\n      at\n      userId\n      agencyId\n      entityType\n      entityId\n      field\n      category\n      agreementId\n      operation\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query PortalGovernanceAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: governanceAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  ",
): (typeof documents)["\n    query PortalGovernanceAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: governanceAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query PortalCasesAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: casesAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  ",
): (typeof documents)["\n    query PortalCasesAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: casesAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query PortalTrainingAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: trainingAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  ",
): (typeof documents)["\n    query PortalTrainingAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: trainingAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n    query PortalProcurementAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: procurementAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  ",
): (typeof documents)["\n    query PortalProcurementAudit($first: Int!, $after: String, $filter: AuditEventFilter) {\n      events: procurementAuditEvents(first: $first, after: $after, filter: $filter) {\n        ...PortalAuditPage\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalMaturityAssessments($agencyId: ID) {\n    maturityAssessments(agencyId: $agencyId, first: 10) {\n      nodes {\n        id\n        assessedOn\n        assessor\n        agency {\n          name\n        }\n        ratings {\n          area\n          level\n          evidence\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalMaturityAssessments($agencyId: ID) {\n    maturityAssessments(agencyId: $agencyId, first: 10) {\n      nodes {\n        id\n        assessedOn\n        assessor\n        agency {\n          name\n        }\n        ratings {\n          area\n          level\n          evidence\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordMaturity($input: RecordMaturityAssessmentInput!) {\n    recordMaturityAssessment(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordMaturity($input: RecordMaturityAssessmentInput!) {\n    recordMaturityAssessment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalMeetings($partnershipId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    partnership(id: $partnershipId) {\n      id\n      meetings(from: $from, to: $to, first: 50) {\n        nodes {\n          id\n          heldOn\n          kind\n          title\n          attendance {\n            attendance\n            agency {\n              id\n              shortName\n            }\n          }\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalMeetings($partnershipId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    partnership(id: $partnershipId) {\n      id\n      meetings(from: $from, to: $to, first: 50) {\n        nodes {\n          id\n          heldOn\n          kind\n          title\n          attendance {\n            attendance\n            agency {\n              id\n              shortName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalImportNrmReferrals($csv: String!, $dryRun: Boolean!) {\n    importNrmReferrals(csv: $csv, dryRun: $dryRun) {\n      committed\n      dryRun\n      rowsRead\n      imported\n      rejected\n      rows {\n        line\n        outcome\n        problems {\n          column\n          message\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalImportNrmReferrals($csv: String!, $dryRun: Boolean!) {\n    importNrmReferrals(csv: $csv, dryRun: $dryRun) {\n      committed\n      dryRun\n      rowsRead\n      imported\n      rejected\n      rows {\n        line\n        outcome\n        problems {\n          column\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalDirectoryAdmin {\n    actingPartnership {\n      id\n      members {\n        id\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n        sector\n        firstResponder\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalDirectoryAdmin {\n    actingPartnership {\n      id\n      members {\n        id\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n        sector\n        firstResponder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalIntegrationsAdmin {\n    actingPartnership {\n      id\n      members {\n        id\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    webhooks(first: 100) {\n      nodes {\n        id\n        url\n        eventTypes\n        active\n        createdAt\n        disabledAt\n        secretRotatedAt\n        agency {\n          shortName\n        }\n      }\n    }\n    machineClients(first: 100, includeRevoked: true) {\n      nodes {\n        id\n        name\n        issuer\n        clientId\n        roles\n        active\n        registeredAt\n        revokedAt\n        agency {\n          shortName\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalIntegrationsAdmin {\n    actingPartnership {\n      id\n      members {\n        id\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    webhooks(first: 100) {\n      nodes {\n        id\n        url\n        eventTypes\n        active\n        createdAt\n        disabledAt\n        secretRotatedAt\n        agency {\n          shortName\n        }\n      }\n    }\n    machineClients(first: 100, includeRevoked: true) {\n      nodes {\n        id\n        name\n        issuer\n        clientId\n        roles\n        active\n        registeredAt\n        revokedAt\n        agency {\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalPartnershipAdmin {\n    today\n    actingPartnership {\n      id\n      name\n      members {\n        id\n        role\n        since\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    partnershipRoles {\n      id\n      agencyId\n      userId\n      role\n      grantedOn\n    }\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n      }\n    }\n    areas(first: 100) {\n      nodes {\n        id\n        name\n        kind\n        onsCode\n        parent {\n          name\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalPartnershipAdmin {\n    today\n    actingPartnership {\n      id\n      name\n      members {\n        id\n        role\n        since\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    partnershipRoles {\n      id\n      agencyId\n      userId\n      role\n      grantedOn\n    }\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n      }\n    }\n    areas(first: 100) {\n      nodes {\n        id\n        name\n        kind\n        onsCode\n        parent {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalPlatformAdmin {\n    partnerships(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n        referencePrefix\n        area\n        parentNetwork\n      }\n    }\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalPlatformAdmin {\n    partnerships(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n        referencePrefix\n        area\n        parentNetwork\n      }\n    }\n    agencies(first: 100) {\n      nodes {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCreatePartnership($input: CreatePartnershipInput!) {\n    createPartnership(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalCreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalCreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalSuppliers($filter: SupplierFilter, $first: Int!, $after: String) {\n    suppliers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        companyNumber\n        sector\n        highRiskSector\n        statementCheck {\n          status\n          score\n        }\n        risk {\n          rating\n          points\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalSuppliers($filter: SupplierFilter, $first: Int!, $after: String) {\n    suppliers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        companyNumber\n        sector\n        highRiskSector\n        statementCheck {\n          status\n          score\n        }\n        risk {\n          rating\n          points\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordConcern($input: RecordConcernInput!) {\n    recordConcern(input: $input) {\n      id\n      reference\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordConcern($input: RecordConcernInput!) {\n    recordConcern(input: $input) {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordVisit($concernId: ID!, $input: RecordVisitInput!) {\n    recordVisit(concernId: $concernId, input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordVisit($concernId: ID!, $input: RecordVisitInput!) {\n    recordVisit(concernId: $concernId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalSubjectRequests($status: SubjectRequestStatus) {\n    today\n    actingPartnership {\n      id\n      members {\n        id\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    subjectRequests(first: 100, status: $status) {\n      totalCount\n      nodes {\n        id\n        kind\n        subject\n        receivedOn\n        dueOn\n        extensionMonths\n        status\n        completedOn\n        daysLeft\n        overdue\n        madeTo {\n          shortName\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalSubjectRequests($status: SubjectRequestStatus) {\n    today\n    actingPartnership {\n      id\n      members {\n        id\n        until\n        agency {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    subjectRequests(first: 100, status: $status) {\n      totalCount\n      nodes {\n        id\n        kind\n        subject\n        receivedOn\n        dueOn\n        extensionMonths\n        status\n        completedOn\n        daysLeft\n        overdue\n        madeTo {\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordSubjectRequest($input: RecordSubjectRequestInput!) {\n    recordSubjectRequest(input: $input) {\n      id\n      subject\n      dueOn\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordSubjectRequest($input: RecordSubjectRequestInput!) {\n    recordSubjectRequest(input: $input) {\n      id\n      subject\n      dueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalSupplier($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      companyNumber\n      sector\n      turnoverBand\n      financialYearEnd\n      website\n      location\n      highRiskSector\n      workforceTraits\n      commodities\n      risk {\n        rating\n        points\n        includesIntelligence\n        factors {\n          factor\n          points\n          reason\n        }\n        commercialScope\n        commercialFactors {\n          factor\n          points\n          reason\n        }\n        ratingWithCommercial\n        pointsWithCommercial\n      }\n      statements {\n        id\n        periodStart\n        periodEnd\n        url\n        publishedOn\n        approvedOn\n        signedByDirector\n        linkedFromHomePage\n        submittedToRegistry\n        areas\n        source\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalSupplier($id: ID!) {\n    supplier(id: $id) {\n      id\n      name\n      companyNumber\n      sector\n      turnoverBand\n      financialYearEnd\n      website\n      location\n      highRiskSector\n      workforceTraits\n      commodities\n      risk {\n        rating\n        points\n        includesIntelligence\n        factors {\n          factor\n          points\n          reason\n        }\n        commercialScope\n        commercialFactors {\n          factor\n          points\n          reason\n        }\n        ratingWithCommercial\n        pointsWithCommercial\n      }\n      statements {\n        id\n        periodStart\n        periodEnd\n        url\n        publishedOn\n        approvedOn\n        signedByDirector\n        linkedFromHomePage\n        submittedToRegistry\n        areas\n        source\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalStatementCheck($id: ID!) {\n    supplier(id: $id) {\n      id\n      statementCheck {\n        required\n        status\n        score\n        checkedOn\n        checkedPeriodEnd\n        nextDueDate\n        findings {\n          code\n          level\n          reason\n          penalty\n        }\n      }\n      riskIncludingIntelligence {\n        rating\n        points\n        includesIntelligence\n      }\n      intelligenceSignals {\n        concerns\n        visits\n        interventions\n        lastConcernOn\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalStatementCheck($id: ID!) {\n    supplier(id: $id) {\n      id\n      statementCheck {\n        required\n        status\n        score\n        checkedOn\n        checkedPeriodEnd\n        nextDueDate\n        findings {\n          code\n          level\n          reason\n          penalty\n        }\n      }\n      riskIncludingIntelligence {\n        rating\n        points\n        includesIntelligence\n      }\n      intelligenceSignals {\n        concerns\n        visits\n        interventions\n        lastConcernOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalTrainingSession($id: ID!) {\n    trainingSession(id: $id) {\n      id\n      startsAt\n      venue\n      trainer\n      capacity\n      status\n      cancelledAt\n      cancellationReason\n      course {\n        title\n        level\n      }\n      attendance {\n        id\n        status\n        delegateName\n        delegateEmail\n        certificateNumber\n        expiresOn\n        agency {\n          id\n          shortName\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalTrainingSession($id: ID!) {\n    trainingSession(id: $id) {\n      id\n      startsAt\n      venue\n      trainer\n      capacity\n      status\n      cancelledAt\n      cancellationReason\n      course {\n        title\n        level\n      }\n      attendance {\n        id\n        status\n        delegateName\n        delegateEmail\n        certificateNumber\n        expiresOn\n        agency {\n          id\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      status\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalRecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PortalTraining($first: Int!, $after: String, $filter: SessionFilter, $withinDays: Int!) {\n    courses(first: 50) {\n      nodes {\n        id\n        title\n        level\n        format\n        durationMinutes\n        validityMonths\n        provider {\n          shortName\n        }\n      }\n    }\n    trainingSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        startsAt\n        venue\n        trainer\n        capacity\n        status\n        course {\n          title\n        }\n      }\n    }\n    certificatesDueForRefresh(first: 50, withinDays: $withinDays) {\n      totalCount\n      nodes {\n        id\n        expiresOn\n        delegateName\n        certificateNumber\n        agency {\n          shortName\n        }\n        course {\n          title\n        }\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PortalTraining($first: Int!, $after: String, $filter: SessionFilter, $withinDays: Int!) {\n    courses(first: 50) {\n      nodes {\n        id\n        title\n        level\n        format\n        durationMinutes\n        validityMonths\n        provider {\n          shortName\n        }\n      }\n    }\n    trainingSessions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        startsAt\n        venue\n        trainer\n        capacity\n        status\n        course {\n          title\n        }\n      }\n    }\n    certificatesDueForRefresh(first: 50, withinDays: $withinDays) {\n      totalCount\n      nodes {\n        id\n        expiresOn\n        delegateName\n        certificateNumber\n        agency {\n          shortName\n        }\n        course {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalImportCompletions($input: ImportCompletionsInput!) {\n    importCompletions(input: $input) {\n      committed\n      imported\n      duplicates\n      rejected\n      rows {\n        row\n        outcome\n        column\n        reason\n      }\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalImportCompletions($input: ImportCompletionsInput!) {\n    importCompletions(input: $input) {\n      committed\n      imported\n      duplicates\n      rejected\n      rows {\n        row\n        outcome\n        column\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation PortalScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      id\n    }\n  }\n",
): (typeof documents)["\n  mutation PortalScheduleSession($input: ScheduleSessionInput!) {\n    scheduleSession(input: $input) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
