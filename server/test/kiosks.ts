import type { TestClient, TestServer } from './test-server.js'

/** A client holding the device cookie of a kiosk enrolled for `eventId`, as a real kiosk would. */
export async function enrolledKioskClient(
  server: TestServer,
  eventId: string,
  location = 'Registration desk',
): Promise<TestClient> {
  const { code } = await server.services.kiosks.createEnrolment(eventId, location)
  const kiosk = server.client()
  const enrolled = await kiosk.gql('mutation($c: String!) { enrolKiosk(code: $c) { location } }', { c: code })
  if (enrolled.errors !== undefined || kiosk.cookie === null) {
    throw new Error(`kiosk enrolment failed: ${JSON.stringify(enrolled.errors)}`)
  }
  return kiosk
}
