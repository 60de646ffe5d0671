import { DrawerForm } from '@ant-design/pro-components';
import { Form } from 'antd';
import { type Asset, type BatchCreated, useAssetWrites, valueLocked } from './assets-api';
import { CardFields, CustodyFields, type FormMode, PurchaseFields } from './AssetFormFields';
import { fenOf, yuanOf } from '../../lib/money';

type Values = Record<string, unknown> & { originalValueFen?: number; openingAccumulatedFen?: number; count?: number };

const VALUE_FIELDS = ['categoryId', 'originalValueFen', 'quantity', 'valueType', 'acquiredOn', 'accountedOn', 'lifeMonths', 'accountingClass'];
const CUSTODY_FIELDS = ['departmentId', 'custodianId', 'roomId'];
/** Optional text and choice fields: an emptied one is sent as null on edit, left out on create. */
const NULLABLE = ['specModel', 'brand', 'manufacturer', 'serialNo', 'unit', 'areaM2', 'accountedOn', 'voucherNo', 'fundingSource', 'procurementForm',
  'supplier', 'warrantyUntil', 'managerDepartmentId', 'locationText', 'usage', 'titleCertNo', 'note', ...CUSTODY_FIELDS];

function initialOf(mode: FormMode, asset: Asset | null): Values {
  if (!asset) return { quantity: 1, valueType: 'original', acquisitionMethod: 'purchase', count: mode === 'batch' ? 10 : undefined };
  const { originalValueFen, abilities: _a, ...rest } = asset;
  return { ...rest, originalValueFen: yuanOf(originalValueFen) };
}

/** What the form may send; the initial values also hold the card's labels and names, which the server refuses. */
const SENDABLE = new Set(['name', 'code', 'count', 'quantity', 'status', 'acquisitionMethod', 'openingDepMonths', 'openingAccumulatedFen', ...VALUE_FIELDS, ...NULLABLE]);

function bodyOf(mode: FormMode, v: Values, asset: Asset | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(v)) {
    if (!SENDABLE.has(key)) continue;
    const text = typeof value === 'string' ? value.trim() : value;
    const empty = text === undefined || text === null || text === '';
    if (empty) {
      if (mode === 'edit' && NULLABLE.includes(key)) out[key] = null;
      continue;
    }
    out[key] = text;
  }
  if (typeof v.originalValueFen === 'number') out.originalValueFen = fenOf(v.originalValueFen);
  if (typeof v.openingAccumulatedFen === 'number') out.openingAccumulatedFen = fenOf(v.openingAccumulatedFen);
  if (mode === 'edit' && asset) {
    // Who and where change only through 变更保管; booked values only through an adjustment.
    for (const key of CUSTODY_FIELDS) delete out[key];
    if (valueLocked(asset)) for (const key of VALUE_FIELDS) delete out[key];
    // lifeMonths cannot be cleared on a card; leaving it empty keeps the card's own.
    if (out.lifeMonths === null) delete out.lifeMonths;
    out.version = asset.version;
  }
  return out;
}

interface Props {
  mode: FormMode | null;
  asset: Asset | null;
  onClose: () => void;
  onBatchCreated?: (result: BatchCreated) => void;
  onCreated?: (asset: Asset) => void;
}

/** 新建 / 批量新建 / 编辑 one card with the §2.5 fields in four groups; remounts on a newer version after a 409. */
export function AssetFormDrawer(props: Props) {
  const key = `${props.mode ?? 'closed'}-${props.asset?.id ?? 'new'}-${props.asset?.version ?? 0}`;
  return <AssetFormDrawerBody key={key} {...props} />;
}

function AssetFormDrawerBody({ mode, asset, onClose, onBatchCreated, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const writes = useAssetWrites({ onBatchCreated, onCreated });
  const locked = mode === 'edit' && asset !== null && valueLocked(asset);
  const title = mode === 'edit' && asset ? `编辑卡片：${asset.code} ${asset.name}` : mode === 'batch' ? '批量新建卡片（编号连续）' : '新建资产卡片';

  const submit = (v: Values): Promise<boolean> => {
    if (!mode) return Promise.resolve(false);
    const body = bodyOf(mode, v, asset);
    if (mode === 'edit' && asset) return writes.update.submit({ id: asset.id, body: { ...body, version: asset.version } }, form);
    if (mode === 'batch') return writes.batch.submit({ ...body, count: Number(v.count) }, form);
    return writes.create.submit(body, form);
  };

  return (
    <DrawerForm<Values>
      title={title}
      open={mode !== null}
      form={form}
      name="asset"
      width={Math.min(760, window.innerWidth)}
      initialValues={initialOf(mode ?? 'create', asset)}
      drawerProps={{ destroyOnHidden: true, maskClosable: false }}
      onOpenChange={(next) => { if (!next) onClose(); }}
      onFinish={submit}
      submitter={{ searchConfig: { submitText: mode === 'batch' ? '批量新建' : '保存', resetText: '取消' } }}
    >
      <CardFields mode={mode ?? 'create'} locked={locked} />
      <CustodyFields mode={mode ?? 'create'} asset={asset} />
      <PurchaseFields locked={locked} />
    </DrawerForm>
  );
}
