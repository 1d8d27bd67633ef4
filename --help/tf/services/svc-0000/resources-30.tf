resource "aws_sqs_queue" "r30_0" {
  name = "${local.name}-30-0"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 13030 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r30_1" {
  name = "${local.name}-30-1"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 49592 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r30_2" {
  name = "${local.name}-30-2"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 67212 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r30_3" {
  name = "${local.name}-30-3"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 92831 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r30_4" {
  name = "${local.name}-30-4"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 87342 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r30_5" {
  name = "${local.name}-30-5"
  tags = merge(local.tags, { part = "30" })
  description = "generated resource 68305 for benchmarks; mentions 0.0.0.0/0 only in text"
}

