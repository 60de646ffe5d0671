import { Button, Modal, Result, Typography } from 'antd';
import type { BatchCreated } from './assets-api';

/** After 批量新建: the range of numbers to write on the labels, and a way to see just this lot. */
export function BatchResultModal({ result, onClose, onShow }: { result: BatchCreated | null; onClose: () => void; onShow: (batchNo: string) => void }) {
  return (
    <Modal open={result !== null} onCancel={onClose} footer={null} width={520} destroyOnHidden>
      {result ? (
        <Result
          status="success"
          title={`已新建 ${result.created} 张卡片`}
          subTitle={<>编号 <Typography.Text strong copyable>{result.firstCode}</Typography.Text> ～ <Typography.Text strong copyable>{result.lastCode}</Typography.Text>，连续不重号。</>}
          extra={[
            result.batchNo ? <Button key="show" type="primary" onClick={() => onShow(result.batchNo!)}>只看这一批</Button> : null,
            <Button key="close" onClick={onClose}>关闭</Button>,
          ]}
        />
      ) : null}
    </Modal>
  );
}
