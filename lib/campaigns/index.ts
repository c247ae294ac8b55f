export { getOrganizationOverview, type OrganizationOverview } from "./get-organization-overview";
