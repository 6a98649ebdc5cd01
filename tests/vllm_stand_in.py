"""A STAND-IN for vLLM's OpenAI-compatible server, for tests: only the endpoints Kaizen uses.

vLLM cannot run on this machine (no wheel for a CPU-only box here), so `OpenAIRuntime` is tested
against this loopback server instead. It implements, with vLLM's request and response shapes and
error codes (vllm/entrypoints/openai: serving_chat, serving_models, api_server):

- `GET  /v1/models`: the base model and every LoRA adapter loaded at run time (`parent` = base).
- `POST /v1/chat/completions`: `model` picks the base or a loaded adapter by name; `stream: true`
  answers with server-sent `chat.completion.chunk` events, a usage chunk with
  `stream_options.include_usage`, then `data: [DONE]`. Unknown model: 404 NotFoundError.
- `POST /v1/load_lora_adapter` `{"lora_name", "lora_path"}`: 200 with the text
  "Success: LoRA adapter '<name>' added successfully."; already loaded: 400 BadRequestError;
  missing path: 404 NotFoundError; not loadable: 400 BadRequestError.
- A prompt whose tokens plus `max_tokens` exceed `max_model_len`: 400 BadRequestError, "This model's
  maximum context length is N tokens. However, you requested …" (vLLM's wording).
- `POST /v1/unload_lora_adapter` `{"lora_name"}`: 200 "Success: LoRA adapter '<name>' removed
  successfully."; unknown: 404 NotFoundError.
- With an API key, requests without `Authorization: Bearer <key>` get 401 `{"error": "Unauthorized"}`.

It really runs the model: transformers generates (greedy at temperature 0), PEFT loads each adapter
from `lora_path`, so a promotion really changes the replies. Run by hand:
`python -m tests.vllm_stand_in --model DIR --served-model-name NAME --port 8001`.
"""

from __future__ import annotations

import copy
import json
import threading
import time
import uuid
from pathlib import Path

import torch
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse


def error(status: int, kind: str, message: str) -> JSONResponse:
    """vLLM's ErrorResponse: {"error": {"message", "type", "param", "code"}}."""
    body = {"error": {"message": message, "type": kind, "param": None, "code": status}}
    return JSONResponse(body, status_code=status)


class Engine:
    """A base model and LoRA adapters by name, generating one request at a time."""

    def __init__(self, model_dir: str, served_name: str, max_model_len: int = 2048) -> None:
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.served_name = served_name
        self.max_model_len = max_model_len
        self.model_dir = model_dir
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        self.base = AutoModelForCausalLM.from_pretrained(model_dir).eval()
        self.loras: dict[str, tuple[str, torch.nn.Module]] = {}  # name -> (path, model with it)
        self.lock = threading.Lock()
        self.requests: list[dict] = []  # what clients asked for (model, stream), for tests

    def load_lora(self, name: str, path: str) -> None:
        from peft import PeftModel

        # A copy of the base per adapter keeps adapters independent (the test model is tiny).
        model = PeftModel.from_pretrained(copy.deepcopy(self.base), path).eval()
        with self.lock:
            self.loras[name] = (path, model)

    def model_for(self, name: str) -> torch.nn.Module | None:
        if name == self.served_name:
            return self.base
        entry = self.loras.get(name)
        return entry[1] if entry else None

    def prompt_ids(self, messages: list[dict]) -> torch.Tensor:
        ids = self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt")
        return ids["input_ids"] if hasattr(ids, "keys") else ids

    @torch.no_grad()
    def generate(self, model, messages, max_tokens: int, temperature: float, top_p: float, rep: float):  # noqa: ANN001, ANN201
        ids = self.prompt_ids(messages)
        sampling = {"do_sample": True, "temperature": temperature, "top_p": top_p} if temperature > 0 else {}
        with self.lock:
            out = model.generate(
                ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=max_tokens,
                repetition_penalty=rep,
                pad_token_id=self.tokenizer.pad_token_id,
                do_sample=temperature > 0,
                **sampling,
            )
        new = out[0, ids.shape[1] :].tolist()
        eos = self.tokenizer.eos_token_id
        finish = "stop" if new and new[-1] == eos else "length"
        new = [t for t in new if t != eos]
        return new, int(ids.shape[1]), finish


def create_app(
    model_dir: str, served_name: str, api_key: str | None = None, max_model_len: int = 2048
) -> FastAPI:
    """The stand-in server for `model_dir`, served as `served_name`."""
    engine = Engine(model_dir, served_name, max_model_len)
    app = FastAPI()
    app.state.engine = engine

    @app.middleware("http")
    async def check_key(request: Request, call_next):  # noqa: ANN001, ANN202
        if api_key and request.headers.get("Authorization") != f"Bearer {api_key}":
            return JSONResponse({"error": "Unauthorized"}, status_code=401)
        return await call_next(request)

    @app.get("/v1/models")
    def models() -> dict:
        created = int(time.time())
        data = [{"id": served_name, "object": "model", "created": created, "owned_by": "vllm",
                 "root": model_dir, "parent": None, "max_model_len": engine.max_model_len}]  # fmt: skip
        data += [
            {"id": name, "object": "model", "created": created, "owned_by": "vllm", "root": path,
             "parent": served_name, "max_model_len": engine.max_model_len}
            for name, (path, _) in engine.loras.items()
        ]  # fmt: skip
        return {"object": "list", "data": data}

    @app.post("/v1/load_lora_adapter")
    async def load_lora_adapter(request: Request):  # noqa: ANN202
        body = await request.json()
        name, path = body.get("lora_name"), body.get("lora_path")
        if not name or not path:
            return error(400, "BadRequestError", "Both 'lora_name' and 'lora_path' must be provided.")
        if name in engine.loras:
            return error(400, "BadRequestError", f"The lora adapter '{name}' has already been loaded.")
        if not Path(path).exists():
            return error(404, "NotFoundError", f"No adapter found for {path}")
        try:
            engine.load_lora(name, path)
        except Exception as exc:
            return error(400, "BadRequestError", f"Loading lora {name} failed: {type(exc).__name__}")
        return PlainTextResponse(f"Success: LoRA adapter '{name}' added successfully.")

    @app.post("/v1/unload_lora_adapter")
    async def unload_lora_adapter(request: Request):  # noqa: ANN202
        name = (await request.json()).get("lora_name")
        with engine.lock:
            if engine.loras.pop(name, None) is None:
                return error(404, "NotFoundError", f"The lora adapter '{name}' cannot be found.")
        return PlainTextResponse(f"Success: LoRA adapter '{name}' removed successfully.")

    @app.post("/v1/chat/completions")
    def chat_completions(body: dict):  # noqa: ANN202
        name = body.get("model")
        engine.requests.append({"model": name, "stream": bool(body.get("stream"))})
        model = engine.model_for(name)
        if model is None:
            return error(404, "NotFoundError", f"The model `{name}` does not exist.")
        if not body.get("messages"):
            return error(400, "BadRequestError", "messages must not be empty")
        prompt_len, max_tokens = (
            engine.prompt_ids(body["messages"]).shape[1],
            int(body.get("max_tokens") or 16),
        )
        if prompt_len + max_tokens > engine.max_model_len:
            engine.requests[-1]["refused_turns"] = len(body["messages"])
            return error(
                400,
                "BadRequestError",
                f"This model's maximum context length is {engine.max_model_len} tokens. However, you requested "
                f"{prompt_len + max_tokens} tokens ({prompt_len} in the messages, {max_tokens} in the "
                "completion). Please reduce the length of the messages or completion.",
            )
        tokens, prompt_tokens, finish = engine.generate(
            model,
            body["messages"],
            int(body.get("max_tokens") or 16),
            float(body.get("temperature", 1.0)),
            float(body.get("top_p", 1.0)),
            float(body.get("repetition_penalty", 1.0)),
        )
        rid, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
        usage = {"prompt_tokens": prompt_tokens, "completion_tokens": len(tokens),
                 "total_tokens": prompt_tokens + len(tokens)}  # fmt: skip
        text = engine.tokenizer.decode(tokens, skip_special_tokens=True)
        if not body.get("stream"):
            return {
                "id": rid, "object": "chat.completion", "created": created, "model": name,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                             "logprobs": None, "finish_reason": finish}],
                "usage": usage,
            }  # fmt: skip

        def chunk(delta: dict, finish_reason: str | None = None) -> str:
            body = {"id": rid, "object": "chat.completion.chunk", "created": created, "model": name,
                    "choices": [{"index": 0, "delta": delta, "logprobs": None,
                                 "finish_reason": finish_reason}]}  # fmt: skip
            return f"data: {json.dumps(body)}\n\n"

        def events():  # noqa: ANN202
            yield chunk({"role": "assistant", "content": ""})
            sent = ""
            for i in range(1, len(tokens) + 1):  # one event per token, like the engine
                now = engine.tokenizer.decode(tokens[:i], skip_special_tokens=True)
                if now.endswith("\ufffd"):
                    continue
                yield chunk({"content": now[len(sent) :]})
                sent = now
            yield chunk({"content": text[len(sent) :]} if len(text) > len(sent) else {}, finish)
            if (body.get("stream_options") or {}).get("include_usage"):
                final = {"id": rid, "object": "chat.completion.chunk", "created": created, "model": name,
                         "choices": [], "usage": usage}  # fmt: skip
                yield f"data: {json.dumps(final)}\n\n"
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    return app


class StandInServer:
    """The stand-in on a loopback port, in a thread of this process."""

    def __init__(
        self,
        model_dir: str,
        served_name: str,
        port: int,
        api_key: str | None = None,
        max_model_len: int = 2048,
    ) -> None:
        import uvicorn

        self.app = create_app(model_dir, served_name, api_key, max_model_len)
        self.port = port
        self.server = uvicorn.Server(
            uvicorn.Config(self.app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
        )
        self.thread: threading.Thread | None = None

    @property
    def engine(self) -> Engine:
        return self.app.state.engine

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> StandInServer:
        self.thread = threading.Thread(target=self.server.run, name="vllm-stand-in", daemon=True)
        self.thread.start()
        deadline = time.time() + 30
        while not self.server.started:
            if time.time() > deadline or not self.thread.is_alive():
                raise RuntimeError("the vLLM stand-in did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(10)


if __name__ == "__main__":
    import argparse

    import uvicorn

    parser = argparse.ArgumentParser(description="A stand-in for `vllm serve` (tests only).")
    parser.add_argument("--model", required=True)
    parser.add_argument("--served-model-name", default=None)
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--api-key", default=None)
    args = parser.parse_args()
    uvicorn.run(
        create_app(args.model, args.served_model_name or args.model, args.api_key),
        host="127.0.0.1",
        port=args.port,
    )
