resource "aws_lambda_function" "r2_0" {
  name = "${local.name}-2-0"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 96098 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r2_1" {
  name = "${local.name}-2-1"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 80027 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r2_2" {
  name = "${local.name}-2-2"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 88016 for benchmarks; mentions 0.0.0.0/0 only in text"
}

