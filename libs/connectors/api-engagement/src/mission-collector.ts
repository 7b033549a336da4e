/**
 * Turns SAX events into one small tree per `<mission>` element, emitted as soon as the
 * mission closes. Only the current mission is held in memory, and it is bounded: text per
 * element is capped at `maxFieldLength` characters, elements per mission at `maxElements`.
 */

export interface XmlNode {
  /** Element name, lowercased (`organizationRNA` and `organizationRna` are the same field). */
  name: string;
  text: string;
  children: XmlNode[];
  /** The text was longer than the cap and was cut. */
  truncated: boolean;
}

export interface MissionNode extends XmlNode {
  /** The mission had more elements than the cap; the extra ones were dropped. */
  overflow: boolean;
}

export interface CollectorLimits {
  maxFieldLength: number;
  maxElements: number;
}

const MISSION = 'mission';

export class MissionCollector {
  /** Name of the document's root element, lowercased, once seen. */
  rootName: string | undefined;
  /** Number of `<mission>` elements opened so far. */
  missionCount = 0;

  private readonly stack: XmlNode[] = [];
  private mission: MissionNode | undefined;
  private elementCount = 0;
  private readonly sink: XmlNode = { name: '', text: '', children: [], truncated: false };
  /** Lowercased tag names: a feed repeats the same few dozen. */
  private readonly names = new Map<string, string>();

  constructor(
    private readonly limits: CollectorLimits,
    private readonly onMission: (mission: MissionNode) => void,
  ) {}

  /** Whether a `<mission>` is open (its item not emitted yet). */
  get inMission(): boolean {
    return this.mission !== undefined;
  }

  open(rawName: string): void {
    let name = this.names.get(rawName);
    if (name === undefined) {
      name = rawName.toLowerCase();
      if (this.names.size < 1_000) this.names.set(rawName, name);
    }
    if (this.rootName === undefined) this.rootName = name;
    const mission = this.mission;
    if (mission === undefined) {
      if (name === MISSION) {
        this.mission = { name, text: '', children: [], truncated: false, overflow: false };
        this.stack.push(this.mission);
        this.elementCount = 1;
        this.missionCount++;
      }
      return;
    }
    if (this.elementCount >= this.limits.maxElements) {
      mission.overflow = true;
      this.stack.push(this.sink);
      return;
    }
    const node: XmlNode = { name, text: '', children: [], truncated: false };
    this.elementCount++;
    const parent = this.stack[this.stack.length - 1];
    if (parent !== undefined && parent !== this.sink) parent.children.push(node);
    this.stack.push(node);
  }

  close(): void {
    if (this.mission === undefined) return;
    this.stack.pop();
    if (this.stack.length === 0) {
      const mission = this.mission;
      this.mission = undefined;
      this.onMission(mission);
    }
  }

  text(text: string): void {
    const node = this.stack[this.stack.length - 1];
    if (node === undefined || node === this.sink) return;
    const room = this.limits.maxFieldLength - node.text.length;
    if (text.length <= room) {
      node.text += text;
    } else if (!node.truncated) {
      if (room > 0) node.text += text.slice(0, room);
      node.truncated = true;
    }
  }
}
