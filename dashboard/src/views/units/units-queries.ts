import { graphql } from "../../gql/index.ts";

export const UnitsPageQuery = graphql(`
  query UnitsPage($year: Int!) {
    units(includeRetired: true) {
      id
      code
      name
      nameEn
      kind
      region
      headName
      deputyHeadName
      retired
      retiredFrom
      nameInYear(year: $year)
      names {
        validFrom
        name
        nameEn
      }
    }
  }
`);

export const UnitRosterQuery = graphql(`
  query UnitRoster($code: String!, $year: Int!) {
    unit(code: $code) {
      id
      code
      staff(year: $year) {
        id
        name
        post
        from
        to
        username
      }
      vehicles(year: $year) {
        id
        plate
        kind
        from
        to
      }
    }
  }
`);

export const UpsertUnitMutation = graphql(`
  mutation UnitsUpsertUnit($input: UnitInput!) {
    upsertUnit(input: $input) {
      id
      code
      name
      nameEn
      kind
      region
      headName
      deputyHeadName
      retired
      retiredFrom
    }
  }
`);

export const RenameUnitMutation = graphql(`
  mutation UnitsRenameUnit($code: String!, $name: String!, $from: Date!, $nameEn: String) {
    renameUnit(code: $code, name: $name, from: $from, nameEn: $nameEn) {
      id
      code
      name
      nameEn
      names {
        validFrom
        name
        nameEn
      }
    }
  }
`);

export const RetireUnitMutation = graphql(`
  mutation UnitsRetireUnit($code: String!, $from: Date!) {
    retireUnit(code: $code, from: $from) {
      id
      code
      retired
      retiredFrom
    }
  }
`);

export const SetUnitStaffMutation = graphql(`
  mutation UnitsSetStaff($code: String!, $year: Int!, $staff: [StaffMemberInput!]!) {
    setUnitStaff(unitCode: $code, year: $year, staff: $staff) {
      id
      code
    }
  }
`);

export const SetUnitVehiclesMutation = graphql(`
  mutation UnitsSetVehicles($code: String!, $year: Int!, $vehicles: [VehicleInput!]!) {
    setUnitVehicles(unitCode: $code, year: $year, vehicles: $vehicles) {
      id
      code
    }
  }
`);
